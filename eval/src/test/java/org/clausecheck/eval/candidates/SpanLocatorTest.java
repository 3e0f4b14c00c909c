package org.clausecheck.eval.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanLocatorTest {

    private static final String TEXT = "7. Ownership\n\n7.1 The Supplier hereby assigns to the Client all right,\n"
            + "title and interest in the Deliver-\nables. 7.2 The \u201CClient\u201D may audit the Supplier\u2019s "
            + "records.\n\nPage 4 of 9\n\nThe audit shall take place during normal business hours upon reasonable "
            + "notice and at the Client's expense, no more than once in any calendar year.";

    @Test
    void findsASpanAcrossLineBreaksCurlyQuotesAndCase() {
        SpanLocator.Location location = new SpanLocator(TEXT).locate("the \"client\" may audit the SUPPLIER'S records.");
        assertEquals(SpanLocator.Match.EXACT, location.match());
        assertEquals("The \u201CClient\u201D may audit the Supplier\u2019s records.",
                TEXT.substring(location.start(), location.end()));
    }

    @Test
    void findsAHyphenatedSpanByItsLettersAndDigits() {
        SpanLocator.Location location = new SpanLocator(TEXT).locate(
                "The Supplier hereby assigns to the Client all right, title and interest in the Deliverables.");
        assertEquals(SpanLocator.Match.LETTERS, location.match());
        assertEquals("The Supplier hereby assigns to the Client all right,\ntitle and interest in the Deliver-\nables",
                TEXT.substring(location.start(), location.end()));
    }

    @Test
    void findsASpanInterruptedByAPageFooterByItsEnds() {
        String span = "The audit shall take place during normal business hours upon reasonable notice and at the "
                + "Client's expense, no more than once in any calendar year.";
        String text = TEXT.replace("upon reasonable notice", "upon reasonable\n\nConfidential - Page 5 of 9\n\nnotice");
        SpanLocator.Location location = new SpanLocator(text).locate(span);
        assertEquals(SpanLocator.Match.ENDS, location.match());
        // letters and digits only: the span ends at its last letter, before the full stop
        assertEquals(text.substring(text.indexOf("The audit shall"), text.length() - 1),
                text.substring(location.start(), location.end()));
    }

    @Test
    void saysWhenASpanIsNotThere() {
        SpanLocator locator = new SpanLocator(TEXT);
        assertFalse(locator.locate("Licensee shall pay royalties quarterly.").found());
        assertFalse(locator.locate("   ").found());
    }

    @Test
    void readsPythonStyleListsOfStrings() {
        assertEquals(List.of(), CuadSpans.parseList("[]"));
        assertEquals(List.of(), CuadSpans.parseList(""));
        assertEquals(List.of("first span", "it's \"quoted\"", "line\nbreak", "non\u00A0breaking"),
                CuadSpans.parseList("['first span', \"it's \\\"quoted\\\"\", 'line\\nbreak', 'non\\xa0breaking']"));
    }
}
