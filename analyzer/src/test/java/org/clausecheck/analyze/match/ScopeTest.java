package org.clausecheck.analyze.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

import org.clausecheck.analyze.structure.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeTest {

    private static String scope(String text, String heading) {
        return Scope.outOfScope(new Sentence(0, text, 0, text.length(), 0, null, heading, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"Deliverables\" means all work product that Supplier assigns to Client.||a definition",
        "1.5 \"Deliverables\" shall mean the software.||a definition",
        "\u201CWork Product\u201D includes all code.||a definition",
        "By way of illustration, \"Confidential Information\" includes source code.||a definition",
        "In this clause 13, Confidential Information means all information.||a definition",
        "WHEREAS Supplier develops software for its customers.||a recital",
        "Supplier develops software for its customers.|RECITALS|a recital",
        "Supplier hereby assigns to Client all Deliverables (the \"Work Product\").||",
        "Supplier shall deliver the Deliverables, as defined in the Statement of Work.||",
        "For purposes of this Agreement, Work Product shall mean all code.||a definition",
        "ARTICLE VI TECHNICAL ASSISTANCE AND TECHNOLOGY TRANSFER 17||a table of contents",
        "5.2.3 Knowledge Transfer 20||a table of contents",
        "11. TERMINATION 11.1 For Convenience 11.2 For Cause 11.4 Transition Assistance 12.||a table of contents",
        "Supplier shall provide transition assistance under Sections 11.1, 11.2 and 11.4.||",
        "Supplier shall keep the source code escrow current for 30||",
    })
    void definitionsAndRecitalsGrantNothing(String text, String heading, String expected) {
        assertEquals(expected, scope(text, heading == null ? "" : heading));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a numbered clause with its own title that the structure left under a "Recitals" heading is operative
        "Supplier shall document the operating procedures.|RECITALS > Services|2||",
        "Supplier shall document the operating procedures.|RECITALS > Services|Section 2.1||",
        // unnumbered, lettered, or titled as background itself: still recitals
        "Supplier develops software for its customers.|RECITALS > Services||a recital",
        "Supplier develops software for its customers.|RECITALS > Services|(A)|a recital",
        "Supplier develops software for its customers.|RECITALS|1|a recital",
        "Supplier develops software for its customers.|Agreement > Background|1|a recital",
    })
    void numberedClausesUnderARecitalsHeadingAreOperative(String text, String heading, String number, String expected) {
        assertEquals(expected, Scope.outOfScope(new Sentence(0, text, 0, text.length(), 0, number, heading, 0)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5. Knowledge Transfer.|Agreement > Knowledge Transfer|true",
        "TRANSITION ASSISTANCE|Agreement > Transition Assistance|true",
        "Supplier shall provide transition assistance.|Agreement > Transition Assistance|false",
        "5. Knowledge Transfer.||false",
    })
    void aClauseTitleAloneIsNoEvidence(String text, String heading, boolean expected) {
        assertEquals(expected, Scope.isHeadingOnly(new Sentence(0, text, 0, text.length(), 0, "5", heading == null ? "" : heading, 0)));
    }

    @Test
    void headingComparisonAgreesWithTheNormalisedCopies() {
        String[] pieces = {"Knowledge", "TRANSFER", "knowledge", "5", "5.", " ", "  ", ".", ", ", "-", "(a)", "\u00E9t\u00E9",
            "\u0130", "\u212A", "\u00B2", "\u03A3", "\u2019s", "\n", "Transfer", "x"};
        Random random = new Random(17);
        int equal = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int from = random.nextInt(text.length() + 1);
            String title = random.nextBoolean() ? Scope.normalise(text.substring(from))
                    : Scope.normalise(pieces[random.nextInt(pieces.length)] + " " + pieces[random.nextInt(pieces.length)]);
            boolean expected = Scope.normalise(text.substring(from)).equals(title);
            equal += expected ? 1 : 0;
            assertEquals(expected, Scope.normalisesTo(text.toString(), from, title), text + " from " + from + " vs " + title);
        }
        assertEquals(true, equal > 1000, "too few equal cases: " + equal);
    }
}
