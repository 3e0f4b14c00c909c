package org.clausecheck.analyze.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clausecheck.analyze.match.index.IndexedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationTest {

    private static boolean negated(String sentence, String pattern) {
        IndexedText text = IndexedText.of(sentence);
        var spans = text.matches(pattern);
        assertEquals(1, spans.size(), () -> "one match of " + pattern + " in: " + sentence);
        return Negation.isNegated(text.index(), spans.get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Supplier shall not assign the Deliverables to Client.|ordered(VENDOR, assign*, CUSTOMER)|true",
        "Supplier shall assign the Deliverables to Client.|ordered(VENDOR, assign*, CUSTOMER)|false",
        "Supplier has no obligation to provide transition assistance.|\"transition assistance\"|true",
        "Nothing in this Agreement shall be construed to require Supplier to provide transition assistance.|\"transition assistance\"|true",
        "Neither party shall be required to provide transition assistance.|\"transition assistance\"|true",
        "Supplier shall provide, without limitation, transition assistance.|\"transition assistance\"|false",
        "Supplier shall provide no later than thirty days after notice transition assistance.|\"transition assistance\"|false",
        "Supplier shall provide, including but not limited to, transition assistance.|\"transition assistance\"|false",
        "Supplier shall provide transition assistance without additional charge.|\"transition assistance\"|false",
        "No title to or ownership of the software is transferred to Client.|ordered(transferred, CUSTOMER)|true",
        "Client's consent shall not be unreasonably withheld to transition assistance.|\"transition assistance\"|false",
        "Supplier shall not deny or restrict Client's access to the environments.|ordered(CUSTOMER, access)|false",
        "Supplier shall not withhold any Client data.|ordered(withhold, data)|true",
        "No deliverable is accepted until it meets the acceptance criteria.|\"acceptance criteria\"|false",
        "Supplier shall not, unless paid, disclose the data.|ordered(disclose, data)|true",
        "Supplier shall not provide transition assistance unless paid.|\"transition assistance\"|true",
        "Supplier is not obliged to provide any handover, support or transition assistance.|\"transition assistance\"|true",
        "Supplier will not provide any technical documentation, design documents or runbooks.|runbooks|true",
        "Supplier will not provide technical documentation, and Supplier shall maintain the runbooks.|runbooks|false",
    })
    void judgesNegationInItsSentence(String sentence, String pattern, boolean expected) {
        assertEquals(expected, negated(sentence, pattern));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Supplier shall not treat documentation as optional.|optional|true",
        "Documentation is optional.|optional|false",
        "Supplier is not obligated to document.|\"not obligated\"|false",
    })
    void aWeakenerIsNegatedOnlyByACueJustBeforeIt(String sentence, String pattern, boolean expected) {
        IndexedText text = IndexedText.of(sentence);
        assertEquals(expected, Negation.isNegatedJustBefore(text.index(), text.matches(pattern).get(0)));
    }

    @Test
    void negationInAnotherSentenceDoesNotCount() {
        assertEquals(false, negated("Supplier shall not subcontract. Supplier shall provide transition assistance.",
                "\"transition assistance\""));
    }
}
