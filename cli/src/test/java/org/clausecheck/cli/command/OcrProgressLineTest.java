package org.clausecheck.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The count of OCR pages check shows on a long scan. */
class OcrProgressLineTest {

    private static final Path SCAN = Path.of("scan.pdf");

    @Test
    void inALogALongScanGetsAStartLineAndALinePerTenthOfItsPages() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        OcrProgressLine progress = new OcrProgressLine(new PrintWriter(err), false, now::get);

        progress.started(SCAN, 20);
        for (int page = 0; page < 20; page++) {
            now.addAndGet(1_000_000_000L); // a page a second
            progress.pageDone(SCAN);
        }

        String[] lines = err.toString().split("\n");
        assertEquals("check: scan.pdf: 20 pages to read by OCR", lines[0]);
        assertEquals("check: scan.pdf: OCR 2/20 pages (10%), 1.0 pages/s, about 18 s left", lines[1]);
        assertEquals("check: scan.pdf: OCR 20/20 pages (100%), 1.0 pages/s", lines[lines.length - 1]);
        assertEquals(11, lines.length, err.toString());
    }

    @Test
    void aShortScanGetsNoLine() {
        StringWriter err = new StringWriter();
        OcrProgressLine progress = new OcrProgressLine(new PrintWriter(err), false);

        progress.started(SCAN, OcrProgressLine.MIN_PAGES - 1);
        for (int page = 0; page < OcrProgressLine.MIN_PAGES - 1; page++) {
            progress.pageDone(SCAN);
        }

        assertEquals("", err.toString());
    }

    @Test
    void atATerminalTheLineIsRedrawnInPlaceAndWipedAtTheEnd() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        OcrProgressLine progress = new OcrProgressLine(new PrintWriter(err), true, now::get);

        progress.started(SCAN, 6);
        for (int page = 0; page < 6; page++) {
            now.addAndGet(2_000_000_000L);
            progress.pageDone(SCAN);
        }

        String shown = err.toString();
        assertTrue(shown.startsWith("\rscan.pdf: OCR 1/6 pages (16%), 0.5 pages/s, about 10 s left\u001b[K"), shown);
        assertTrue(shown.endsWith("\r\u001b[K"), "nothing left above the report: " + shown);
        assertTrue(!shown.contains("\n"), "one line, redrawn: " + shown);
    }
}
