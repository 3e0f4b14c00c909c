package org.clausecheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7.2 Confidentiality.|7.2|2",
            "7.2. The Vendor shall|7.2|2",
            "12. TERM AND TERMINATION|12|1",
            "3.1.4 \"Deliverables\" means|3.1.4|3",
            "ARTICLE IV|ARTICLE IV|1",
            "Article 4 - Payment|Article 4|1",
            "Section 5.1. Fees|Section 5.1|2",
            "SECTION 9 GOVERNING LAW|SECTION 9|1",
            "Schedule 2|Schedule 2|1",
            "EXHIBIT A|EXHIBIT A|1",
            "(b) the Customer may|(b)|6",
            "(iv) any other|(iv)|6",
            "a) Services|a)|6",
            "A) The Distributor shall|A)|6",
            "D) The Distributor|D)|6",
            "  8 Term|8|1",
            "2.3(a) Subject to|2.3(a)|3",
    })
    void recognisesPrintedNumbers(String line, String printed, int level) {
        Optional<SectionNumber> number = SectionNumber.parse(line);
        assertTrue(number.isPresent(), line);
        assertEquals(printed, number.get().printed());
        assertEquals(level, number.get().level());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2019 was a good year", "1.5 million dollars", "In Section 5 the parties", "100 Main Street",
            "Sections of this agreement", "a lot of text", "i think so", "A. Smith signed", "B) only lower case",
    })
    void ignoresNumbersThatAreNotSectionNumbers(String line) {
        assertTrue(SectionNumber.parse(line).isEmpty(), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7.2 Confidentiality|Confidentiality",
            "ARTICLE IV. PAYMENT|PAYMENT",
            "(b) the Customer|the Customer",
    })
    void stripsTheNumberFromTheLine(String line, String rest) {
        assertEquals(rest, SectionNumber.parse(line).orElseThrow().stripFrom(line));
    }
}
