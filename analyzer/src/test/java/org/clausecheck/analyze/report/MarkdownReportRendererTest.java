package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownReportRendererTest extends AbstractRendererTest {

    @Override
    ReportRenderer renderer() {
        return new MarkdownReportRenderer();
    }

    @Test
    void contractTextCannotBreakTheTableOrAddMarkup() {
        String markdown = render(ReportFixtures.hostile());
        assertFalse(markdown.contains("<script>"), "raw HTML");
        assertFalse(markdown.contains(" [link](http"), "a live link");
        assertTrue(markdown.contains("\\<script\\>alert(1)\\</script\\>"), markdown);
        assertTrue(markdown.contains("\\| \\*bold\\* \\[link\\](http://evil.example)"), markdown);
        // Table rows keep their cells: 5 separators in the summary table, 3 in the errors table.
        markdown.lines().filter(line -> line.startsWith("| ")).forEach(line -> {
            long separators = line.replace("\\|", "").chars().filter(c -> c == '|').count();
            boolean summaryRow = line.contains("MET") || line.contains("WEAK") || line.contains("CONTRARY")
                    || line.contains("MISSING") || line.startsWith("| Protection")
                    || line.startsWith("| --- | --- | --- | --- |");
            assertEquals(summaryRow ? 5 : 3, separators, line);
        });
    }

    @Test
    void escaping() {
        assertEquals("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\<g\\> \\# \\& \\!", MarkdownEscaper.escape(
                "a | b *c* _d_ `e` [f] <g> # & !"));
        assertEquals("\\- item", MarkdownEscaper.escape("- item"));
        assertEquals("\\+ item", MarkdownEscaper.escape("+ item"));
        assertEquals("12\\. item", MarkdownEscaper.escape("12. item"));
        assertEquals("one line", MarkdownEscaper.escape("one\n\nline"));
        assertEquals("3.1 Vendor", MarkdownEscaper.escape("3.1 Vendor"));
    }

    @Test
    void gapsQuoteTheEvidenceAndAskForLanguage() {
        String markdown = render(ReportFixtures.everyStatus());
        assertTrue(markdown.contains("| Protection | Severity | Status | Evidence location |"), markdown);
        assertTrue(markdown.contains("> Vendor may use anonymised Customer Data to improve its services."), markdown);
        assertTrue(markdown.contains("**Ask for:** Supplier shall not use Client Data"), markdown);
    }
}
