package org.clausecheck.portfolio;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Shows an audit's progress on standard error: on a terminal, a bar redrawn in place (done/total, rate,
 * time left, failures so far); otherwise, for logs, a plain line every {@link #LINE_INTERVAL_NANOS} or every
 * tenth of the files, whichever comes first.
 */
public final class ProgressReporter implements ProgressListener {

    static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private static final long REDRAW_INTERVAL_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private int total;
    private int done;
    private int failed;
    private long startedAt;
    private long lastShownAt;
    private int lastTenth;

    public ProgressReporter(PrintWriter err, boolean terminal) {
        this(err, terminal, System::nanoTime);
    }

    ProgressReporter(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public synchronized void started(int files) {
        total = files;
        startedAt = clock.getAsLong();
        lastShownAt = startedAt;
        if (!terminal) {
            err.println("audit: " + total + " files to audit");
            err.flush();
        }
    }

    @Override
    public synchronized void fileDone(AuditRow row) {
        done++;
        if (row.failed()) {
            failed++;
        }
        long now = clock.getAsLong();
        if (terminal) {
            if (now - lastShownAt >= REDRAW_INTERVAL_NANOS || done == total) {
                lastShownAt = now;
                err.print("\r" + bar() + " " + status(now) + "\u001b[K");
                err.flush();
            }
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth > lastTenth || now - lastShownAt >= LINE_INTERVAL_NANOS) {
            lastTenth = tenth;
            lastShownAt = now;
            err.println("audit: " + status(now));
            err.flush();
        }
    }

    /** One line naming the file, so that a warning is never lost in the progress. */
    @Override
    public synchronized void warning(AuditRow row, String message) {
        err.println((terminal ? "\r\u001b[K" : "") + row.file() + ": warning: " + message);
        err.flush();
    }

    @Override
    public synchronized void finished() {
        if (terminal && total > 0) {
            err.println();
            err.flush();
        }
    }

    private String bar() {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    /** "120/270 files (44%), 4.1 files/s, about 36 s left, 2 failed". */
    String status(long now) {
        return ProgressCount.of(done, total, now - startedAt, "files") + ", " + failed + " failed";
    }
}
