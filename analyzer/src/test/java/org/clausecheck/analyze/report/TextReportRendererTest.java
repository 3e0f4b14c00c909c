package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextReportRendererTest extends AbstractRendererTest {

    @Override
    ReportRenderer renderer() {
        return new TextReportRenderer();
    }

    @Test
    void colourOnlyWhenAskedFor() {
        assertFalse(render(ReportFixtures.everyStatus()).contains("\u001B"), "ANSI codes in plain output");
        String coloured = render(ReportFixtures.everyStatus(), new RenderOptions(true));
        assertTrue(coloured.contains("\u001B[32m\u2713 MET\u001B[0m"), coloured);
        assertGolden("findings-color", coloured);
    }

    @Test
    void colourDoesNotChangeTheText() {
        String coloured = render(ReportFixtures.everyStatus(), new RenderOptions(true));
        assertEquals(render(ReportFixtures.everyStatus()), coloured.replaceAll("\u001B\\[[0-9;]*m", ""));
    }

    @Test
    void contractTextCannotSendEscapeSequencesToTheTerminal() {
        String title = "\u001B]0;owned\u0007\u001B[2J\u009B31m clause";
        String rendered = ReportText.oneLine(title);
        assertFalse(rendered.contains("\u001B") || rendered.contains("\u0007") || rendered.contains("\u009B"),
                rendered);
    }

    @Test
    void everyGapShowsQuoteLocationReasonAndRequest() {
        String output = render(ReportFixtures.everyStatus());
        assertTrue(output.contains("page 2, section 4.1 (DOCUMENTATION)"), output);
        assertTrue(output.contains("Ask for: Supplier shall document all prompts"), output);
        assertTrue(output.contains("1 of 6 protections met, risk HIGH"), output);
        assertTrue(output.contains("(confidence 0.95)."), output);
        assertTrue(render(ReportFixtures.withErrors()).contains("  contracts/scan.pdf: no text layer"));
    }
}
