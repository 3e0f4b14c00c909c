package org.clausecheck.inventory.keyterms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.clausecheck.analyze.inventory.KeyTerm;
import org.clausecheck.analyze.inventory.KeyTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The ways term clauses state when an agreement ends, each written here in an agreement of its own and read through
 * the whole key-term reader, as files are.
 */
class ExpirationReaderTest {

    private static final String PREAMBLE = """
            SERVICES AGREEMENT

            This Services Agreement is made as of March 3, 2020 (the "Effective Date") between Omega Data Ltd. \
            ("Vendor") and Sigma Bank plc ("Client").

            1. Services. Vendor shall provide the services described in Schedule 1.

            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2. Term. This Agreement shall begin on the Effective Date and shall continue until December 31, 2025, unless "
            + "extended or earlier terminated. | 2025-12-31",
        "2. Term. This Agreement shall be valid for five (5) years from 1 February 2021 through 31 January 2026. "
            + "| 2026-01-31",
        "2. Term. The \"Term\" shall begin on the date hereof and shall expire June 30, 2027, subject to early "
            + "termination. | 2027-06-30",
        "2. Term. The term of this Agreement will continue until the earlier of (i) June 30, 2027 and (ii) the "
            + "closing of the Project. | 2027-06-30",
        "2. Term. \"Term\" means the period from the Effective Date to and including 30 September 2024. | 2024-09-30",
        "2. Term. This Agreement shall remain in force until the fifth (5th) anniversary of the Effective Date. "
            + "| 5 years after the Effective Date",
        "2. Term. This Agreement shall extend until the three (3) year anniversary of the Effective Date. "
            + "| 3 years after the Effective Date",
        "2. Term. The term of this Agreement shall begin on January 1, 2021 and continue for an initial period of "
            + "four (4) years. | 4 years after January 1, 2021",
        "2. Term. The initial term of this Agreement commences on the Effective Date and continues until two (2) "
            + "year(s) from such date. | 2 years after such date",
        "2. Term. Unless terminated earlier, this Agreement shall terminate on the date three (3) years from the "
            + "Effective Date. | 3 years after the Effective Date",
        "2. Term. This Agreement shall continue in full force and effect until terminated by either party on ninety "
            + "days' notice. | perpetual",
    })
    void readsTheEndOfTheTerm(String termClause, String expected) {
        KeyTerms terms = KeyTermReaderTest.read(PREAMBLE + termClause + "\n");
        assertEquals(expected, terms.expirationDate() == null ? null : terms.expirationDate().value(), termClause);
    }

    @Test
    void anEndDateStatedLaterBeatsASpanReadEarlier() {
        KeyTerms terms = KeyTermReaderTest.read(PREAMBLE + """
                2. Term. This Agreement shall have an initial term of three (3) years.

                3. Dates. The Term shall commence on July 1, 2020 and shall expire on June 30, 2023.
                """);
        assertEquals("2023-06-30", terms.expirationDate().value());
        assertEquals("June 30, 2023", terms.expirationDate().asWritten());
    }

    @Test
    void readsNoEndFromTheTermOfALicenceOrAConfidentialityPeriod() {
        KeyTerms terms = KeyTermReaderTest.read(PREAMBLE + """
                2. Licence. The Licence Term shall continue until December 31, 2030.

                3. Confidentiality. The obligations of this section survive for three (3) years after the \
                termination of this Agreement.
                """);
        assertNull(terms.expirationDate());
    }

    @Test
    void aSpanFromAStatedStartDateResolvesFromThatDate() {
        KeyTerm read = KeyTermReaderTest.read(PREAMBLE + """
                2. Term. The term of this Agreement shall begin on January 1, 2021 and continue for an initial \
                period of four (4) years.
                """).expirationDate();
        assertEquals(LocalDate.of(2025, 1, 1), KeyTermMatch.resolve(read.value(), null).orElseThrow());
    }
}
