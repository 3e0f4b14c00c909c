package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RendererFactoryTest {

    @Test
    void formatsInTheOrderShownToUsers() {
        assertEquals(List.of("text", "json", "markdown", "csv", "html", "sarif"), RendererFactory.names());
    }

    @Test
    void namesAreCaseInsensitive() {
        assertInstanceOf(HtmlReportRenderer.class, RendererFactory.byName("HTML"));
        assertInstanceOf(SarifReportRenderer.class, RendererFactory.byName("sarif"));
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RendererFactory.byName("xml"));
        assertTrue(e.getMessage().contains("text, json, markdown, csv, html, sarif"), e.getMessage());
    }
}
