package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void shortQuotesAreKeptWholeOnOneLine() {
        assertEquals("Vendor shall document all prompts.", ReportText.shorten("Vendor shall\n  document all prompts.", 300));
    }

    @Test
    void longQuotesAreCutAtAWordWithAnEllipsis() {
        String quote = "word ".repeat(100).strip();
        String shortened = ReportText.shorten(quote, 42);
        assertTrue(shortened.endsWith("word\u2026"), shortened);
        assertTrue(shortened.length() <= 43, shortened);
    }

    @Test
    void aCutNeverSplitsAWord() {
        String quote = "The Vendor shall deliver documentation, including architecture decisions, to the Customer.";
        for (int limit = 10; limit < quote.length(); limit++) {
            String shortened = ReportText.shorten(quote, limit);
            String kept = shortened.substring(0, shortened.length() - 1);
            assertTrue(quote.startsWith(kept), shortened);
            char next = quote.charAt(kept.length());
            assertTrue(next == ' ' || next == ',', "cut inside a word at " + limit + ": " + shortened);
        }
    }

    @Test
    void oneEnormousWordIsCutRatherThanDropped() {
        String shortened = ReportText.shorten("x".repeat(500), 300);
        assertEquals(301, shortened.length());
    }

    @Test
    void locationsLeaveOutWhatIsUnknown() {
        assertEquals("page 3, section 4.1 (Documentation)", ReportText.location(evidence(3, "4.1", "Documentation")));
        assertEquals("section 4.1", ReportText.location(evidence(0, "4.1", "")));
        assertEquals("Documentation", ReportText.location(evidence(0, null, "Documentation")));
        assertEquals("no page or section", ReportText.location(evidence(0, null, "")));
    }

    @Test
    void confidenceHasTwoDecimals() {
        assertEquals("0.46", ReportText.confidence(0.455));
        assertEquals("1.00", ReportText.confidence(1));
    }

    private static Evidence evidence(int page, String section, String heading) {
        return new Evidence(EvidenceKind.SATISFYING, "p", "q", page, section, heading, 0, 1, "");
    }
}
