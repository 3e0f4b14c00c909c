package org.clausecheck.analyze.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    })
    void definitionsAndRecitalsGrantNothing(String text, String heading, String expected) {
        assertEquals(expected, scope(text, heading == null ? "" : heading));
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
}
