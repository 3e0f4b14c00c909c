package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void withoutATerminalPrintsPlainLinesEveryTenthAndEveryFiveSeconds() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressReporter progress = new ProgressReporter(new PrintWriter(err, true), false, now::get);
        progress.started(40);
        for (int i = 1; i <= 40; i++) {
            now.addAndGet(SECOND / 10);
            progress.fileDone(i == 7 ? failed() : ok());
        }
        progress.finished();
        List<String> lines = err.toString().lines().toList();
        assertEquals("audit: 40 files to audit", lines.get(0));
        assertEquals(11, lines.size(), "one line per tenth: " + lines);
        assertTrue(lines.get(1).startsWith("audit: 4/40 files (10%), 10.0 files/s, about 4 s left, 0 failed"),
                lines.get(1));
        assertEquals("audit: 40/40 files (100%), 10.0 files/s, 1 failed", lines.get(10));
        assertFalse(err.toString().contains("\r"), "no carriage returns in logs");

        StringWriter slow = new StringWriter();
        ProgressReporter slowProgress = new ProgressReporter(new PrintWriter(slow, true), false, now::get);
        slowProgress.started(1000);
        now.addAndGet(6 * SECOND);
        slowProgress.fileDone(ok());
        assertTrue(slow.toString().contains("audit: 1/1000 files (0%)"), "a line after five seconds: " + slow);
    }

    @Test
    void onATerminalRedrawsOneBar() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressReporter progress = new ProgressReporter(new PrintWriter(err, true), true, now::get);
        progress.started(2);
        now.addAndGet(SECOND);
        progress.fileDone(ok());
        now.addAndGet(SECOND);
        progress.fileDone(failed());
        progress.finished();
        assertTrue(err.toString().contains("\r[############............] 1/2 files (50%)"), err.toString());
        assertTrue(err.toString().contains("2/2 files (100%), 1.0 files/s, 1 failed"), err.toString());
    }

    private static AuditRow ok() {
        return new AuditRow("a.pdf", "/a.pdf", "00", "PDF", 1, RiskLevel.LOW, List.of(Status.MET), null, false);
    }

    private static AuditRow failed() {
        return AuditRow.failed(PortfolioFile.of(Path.of("b.pdf"), "b.pdf"), "", "damaged", false);
    }
}
