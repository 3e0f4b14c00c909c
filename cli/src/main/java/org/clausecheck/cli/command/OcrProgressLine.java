package org.clausecheck.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.clausecheck.extract.OcrProgress;
import org.clausecheck.portfolio.ProgressCount;

/**
 * The OCR pages of a long scan counted on standard error, as the audit shows its files: on a terminal one line
 * redrawn in place and wiped when the file is done; otherwise, for logs, a line when OCR starts and then one every
 * {@link #LINE_INTERVAL_NANOS} or every tenth of the pages. Scans shorter than {@link #MIN_PAGES} pages are read
 * in seconds and get no line.
 */
final class OcrProgressLine implements OcrProgress {

    static final int MIN_PAGES = 5;
    static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private static final long REDRAW_INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private Path file;
    private int total;
    private int done;
    private long startedAt;
    private long lastShownAt;
    private int lastTenth;

    OcrProgressLine(PrintWriter err, boolean terminal) {
        this(err, terminal, System::nanoTime);
    }

    OcrProgressLine(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public synchronized void started(Path scan, int pages) {
        file = scan;
        total = pages;
        done = 0;
        lastTenth = 0;
        startedAt = clock.getAsLong();
        lastShownAt = startedAt;
        if (shown() && !terminal) {
            err.println("check: " + file + ": " + total + " pages to read by OCR");
            err.flush();
        }
    }

    @Override
    public synchronized void pageDone(Path scan) {
        if (!scan.equals(file) || !shown()) {
            return;
        }
        done++;
        long now = clock.getAsLong();
        if (terminal) {
            if (done == total) {
                err.print("\r\u001b[K"); // the report follows: no finished bar left above it
                err.flush();
            } else if (now - lastShownAt >= REDRAW_INTERVAL_NANOS) {
                lastShownAt = now;
                err.print("\r" + file + ": OCR " + status(now) + "\u001b[K");
                err.flush();
            }
            return;
        }
        int tenth = done * 10 / total;
        if (tenth > lastTenth || now - lastShownAt >= LINE_INTERVAL_NANOS) {
            lastTenth = tenth;
            lastShownAt = now;
            err.println("check: " + file + ": OCR " + status(now));
            err.flush();
        }
    }

    private boolean shown() {
        return total >= MIN_PAGES;
    }

    /** "12/120 pages (10%), 0.8 pages/s, about 2 min 15 s left". */
    String status(long now) {
        return ProgressCount.of(done, total, now - startedAt, "pages");
    }
}
