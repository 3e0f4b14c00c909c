package org.clausecheck.inventory.keyterms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "made and entered into as of June 21, 1999, by|1999-06-21|June 21, 1999",
            "dated 21 June 1999 between|1999-06-21|21 June 1999",
            "entered into on the 1st day of July, 2019 by|2019-07-01|1st day of July, 2019",
            "dated this 3rd day of March 2020.|2020-03-03|3rd day of March 2020",
            "Date: 6/21/99|1999-06-21|6/21/99",
            "effective 2019-07-01 until|2019-07-01|2019-07-01",
            "as of July 1st, 2019 (the|2019-07-01|July 1st, 2019",
            "executed Sept. 1, 2004 in|2004-09-01|Sept. 1, 2004",
            "as of this 18t h day of August 2014 (the|2014-08-18|18t h day of August 2014",
            "made this 22 day of June 2018.|2018-06-22|22 day of June 2018",
            "JANUARY 5, 2010|2010-01-05|JANUARY 5, 2010",
            "signed on 31/12/2004 in Paris|2004-12-31|31/12/2004",
            "on 1.1.2019 the parties|2019-01-01|1.1.2019",
            "filed 3/1/49 and|2049-03-01|3/1/49",
            "filed 3/1/50 and|1950-03-01|3/1/50"})
    void readsTheFormsContractsWrite(String text, String iso, String written) {
        List<DateReader.FoundDate> dates = DateReader.findAll(text);
        assertEquals(1, dates.size(), dates.toString());
        assertEquals(LocalDate.parse(iso), dates.get(0).date());
        assertEquals(written, dates.get(0).text());
        assertEquals(written, text.substring(dates.get(0).start(), dates.get(0).end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Section 2.1.10 applies", "pay $6/21 per unit", "within thirty (30) days",
            "February 30, 2001", "13/13/2001", "version 1.2.3", "May 2000", "the 1999 plan", "", "June 21",
            "call 555-12-1234", "in 1850 and 2150", "ISBN 1-23-4567"})
    void readsNoDateWhereThereIsNone(String text) {
        assertTrue(DateReader.findAll(text).isEmpty(), () -> DateReader.findAll(text).toString());
    }

    @Test
    void findsEveryDateInOrder() {
        List<DateReader.FoundDate> dates = DateReader.findAll(
                "the Supply Agreement dated April 1, 2017 is amended this 22nd day of June 2018, effective 7/1/18.");
        assertEquals(List.of(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 6, 22), LocalDate.of(2018, 7, 1)),
                dates.stream().map(DateReader.FoundDate::date).toList());
    }

    @Test
    void parsesAWholeAnswerOnly() {
        assertEquals(LocalDate.of(2010, 6, 8), DateReader.parse(" 6/8/10 ").orElseThrow());
        assertTrue(DateReader.parse("[]/[]/2000").isEmpty());
        assertTrue(DateReader.parse("on 6/8/10").isEmpty());
    }

    @Test
    void twoDigitYearsTurnAtTheCenturyPivot() {
        assertEquals(2049, DateReader.year("49"));
        assertEquals(1950, DateReader.year("50"));
        assertEquals(1999, DateReader.year("99"));
        assertEquals(2000, DateReader.year("00"));
        assertEquals(1987, DateReader.year("1987"));
    }
}
