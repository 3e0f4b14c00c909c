package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest extends AbstractRendererTest {

    @Override
    ReportRenderer renderer() {
        return new HtmlReportRenderer();
    }

    @Test
    void scriptsInContractTextComeOutInert() {
        String html = render(ReportFixtures.hostile());
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "a script element");
        assertFalse(lower.contains("<img"), "an img element");
        assertFalse(lower.contains("<b>") || lower.contains("<em>") || lower.contains("<i>"), "contract markup");
        for (int i : new int[] {1, 3, 4, 5, 6}) {
            assertTrue(html.contains("&lt;script&gt;alert(" + i + ")&lt;/script&gt;"), "payload " + i + " missing");
        }
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt; &amp; &#39;quoted&#39;"), html);
        assertTrue(html.contains("Evil &amp; Sons &quot;Ltd&quot;"), html);
    }

    @Test
    void selfContainedWithoutScriptOrExternalResources() {
        String html = render(ReportFixtures.everyStatus());
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"));
        assertFalse(lower.contains("<link"));
        assertFalse(lower.contains("<img"));
        assertFalse(lower.contains("@import"));
        assertFalse(lower.contains("url("));
        assertFalse(lower.contains("http://") || lower.contains("https://"), "an external URL");
        Matcher links = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html);
        while (links.find()) {
            assertTrue(links.group(1).startsWith("#"), "a link outside the page: " + links.group(1));
        }
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">"), "CSP");
    }

    @Test
    void summaryTableAndEvidenceMarkedInContext() {
        String html = render(ReportFixtures.everyStatus());
        assertTrue(html.contains("<table class=\"summary\">"));
        assertTrue(html.contains("<mark>Vendor may use anonymised Customer Data to improve its services.</mark>"),
                html);
        assertTrue(html.contains("6. DATA\n6.1 <mark>Vendor may"), "the heading before the quote is shown as context");
        assertTrue(html.contains("<span class=\"badge CONTRARY\">\u2717 CONTRARY</span>"));
    }

    @Test
    void contextIsCutAtWordsAroundTheQuote() {
        String text = "alpha ".repeat(60) + "THE QUOTE." + " omega".repeat(60);
        int start = text.indexOf("THE QUOTE.");
        Evidence evidence = new Evidence(EvidenceKind.SATISFYING, "p", "THE QUOTE.", 0, null, "", start,
                start + "THE QUOTE.".length(), "");
        String context = HtmlReportRenderer.inContext(text, evidence);
        assertTrue(context.startsWith("\u2026alpha "), context);
        assertTrue(context.endsWith(" omega\u2026"), context);
        assertTrue(context.contains("<mark>THE QUOTE.</mark>"));
        int before = context.indexOf("<mark>") - 1;
        assertTrue(before <= HtmlReportRenderer.CONTEXT, "context before: " + before);
    }

    @Test
    void offsetsOutsideTheTextFallBackToTheQuote() {
        Evidence evidence = new Evidence(EvidenceKind.WEAK, "p", "a <quote>", 0, null, "", 50, 60, "");
        assertEquals("<mark>a &lt;quote&gt;</mark>", HtmlReportRenderer.inContext("short", evidence));
    }

    @Test
    void escaperHandlesEveryActiveCharacterAndControls() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;", HtmlEscaper.escape("&<>\"'"));
        assertEquals("a\uFFFDb\uFFFDc", HtmlEscaper.escape("a\u0000b\u202Ec"));
        assertEquals("\uD83D\uDE00", HtmlEscaper.escape("\uD83D\uDE00"));
        assertEquals("\uFFFD", HtmlEscaper.escape("\uD83D"));
    }
}
