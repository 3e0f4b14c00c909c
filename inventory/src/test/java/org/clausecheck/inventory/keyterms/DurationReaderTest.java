package org.clausecheck.inventory.keyterms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "at least ninety (90) days prior|90 days",
            "for successive one (1) year terms|1 year",
            "for a period of 12 months|12 months",
            "thirty days' notice|30 days",
            "sixty (60) calendar days|60 days",
            "a 30-day period|30 days",
            "two years after|2 years",
            "one hundred twenty (120) days|120 days",
            "three (4) years|4 years",
            "30- days advance notice|30 days",
            "until five (5) year(s) from such date|5 years"})
    void readsSpansOfTime(String text, String expected) {
        List<DurationReader.FoundDuration> found = DurationReader.findAll(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(expected, found.get(0).shortForm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"the Effective Date", "Section 12", "twenty dollars", "daily", "yearly fees", "0 days"})
    void readsNoSpanWhereThereIsNone(String text) {
        assertTrue(DurationReader.findAll(text).isEmpty(), () -> DurationReader.findAll(text).toString());
    }

    @Test
    void comparesSpansInMonths() {
        assertEquals(12.0, DurationReader.findAll("one (1) year").get(0).months());
        assertEquals(12.0, DurationReader.findAll("12 months").get(0).months());
        assertEquals(3.0, DurationReader.findAll("90 days").get(0).months(), 1e-9);
    }
}
