package org.clausecheck.analyze.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clausecheck.analyze.match.index.IndexedText;
import org.clausecheck.analyze.match.index.PositionSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceActsTest {

    /** The act of the last sentence of the text (the first is the preamble). */
    private static SentenceAct act(String sentence) {
        IndexedText text = IndexedText.of(sentence);
        int last = text.structure().sentences().size() - 1;
        return new SentenceActs(text.index(), text.structure()).act(last);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Supplier shall deliver the technical documentation.|OBLIGATION",
        "Supplier agrees to provide transition assistance.|OBLIGATION",
        "Supplier hereby assigns to Client all rights in the Deliverables.|GRANT",
        "All Deliverables are the property of Client.|GRANT",
        "Supplier provides transition services to Client.|GRANT",
        "Client may inspect the facilities.|PERMISSION",
        "Supplier shall not subcontract the Services.|RESTRICTION",
        "Supplier may not use Client Data.|RESTRICTION",
        "Supplier represents and warrants that Client will own all Deliverables.|REPRESENTATION",
        "'\"Deliverables\" means all work product.'|DEFINITION",
        "Transition Plan [add details]|MENTION",
        "Technical documentation, source code and runbooks.|MENTION",
    })
    void readsWhatASentenceDoes(String sentence, SentenceAct expected) {
        assertEquals(expected, act(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "In the event that Supplier fails to deliver the technical documentation, Client may terminate.|technical documentation|true",
        "If Supplier delivers the technical documentation late, Client may withhold payment.|technical documentation|true",
        "Upon termination, Supplier shall deliver the technical documentation.|technical documentation|false",
        "To the extent any Deliverable is not a work made for hire, Supplier hereby assigns it to Client.|\"work made for hire\"|true",
        "To the extent any Deliverable is not a work made for hire, Supplier hereby assigns it to Client.|\"hereby assign\"|false",
        "Supplier shall deliver the technical documentation if Client asks.|technical documentation|false",
        // no comma closes the condition: a party followed by "hereby" opens the operative clause
        "To the extent the Work Product does not vest in Client Supplier hereby assigns it to Client.|\"not vest\"|true",
        "To the extent the Work Product does not vest in Client Supplier hereby assigns it to Client.|\"hereby assign\"|false",
        "Upon termination Supplier shall return the technical documentation to Client.|technical documentation|false",
        "Upon termination of the Services by Client Supplier may keep the technical documentation.|technical documentation|false",
        "If Supplier shall fail to deliver the technical documentation, Client may terminate.|technical documentation|true",
    })
    void aMatchInsideTheOpeningConditionPromisesNothing(String sentence, String pattern, boolean expected) {
        IndexedText text = IndexedText.of(sentence);
        PositionSpan span = text.matches(pattern.contains(" ") && !pattern.startsWith("\"") ? "\"" + pattern + "\"" : pattern)
                .get(0);
        assertEquals(expected, new SentenceActs(text.index(), text.structure()).inLeadingCondition(span));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "To the extent the Work Product does not vest in Client Supplier hereby assigns all title to Client.|true",
        "To the extent the Work Product does not vest in Client, Supplier hereby assigns all title to Client.|true",
        "Supplier does not assign any title to Client.|false",
        "If Client pays the fees, Supplier shall not assign any title to Client.|false",
    })
    void aDeniedTransferMayNotBorrowTheConditionsNegation(String sentence, boolean fromCondition) {
        IndexedText text = IndexedText.of(sentence);
        PositionSpan span = text.matches("ordered(30, ordered(8, not, assign), title, to, CUSTOMER)").get(0);
        assertEquals(fromCondition, new SentenceActs(text.index(), text.structure()).negatedFromLeadingCondition(span));
    }

    /**
     * A "not" inside the condition that opens a sentence negates the condition only: the fallback assignment "To the
     * extent any Deliverable is not a work made for hire, Supplier hereby assigns ..." grants, while a "not" after
     * the condition still negates.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "To the extent that any Deliverable is not a work made for hire, Supplier hereby assigns it to Client.|ordered(VENDOR, hereby, assigns)|false",
        "To the extent that the Work Product does not vest in Client Supplier hereby assigns it to Client.|ordered(VENDOR, hereby, assigns)|false",
        "If Client does not pay the fees, Supplier shall not assign the Deliverables to Client.|ordered(VENDOR, assign)|true",
        "If Client does not pay the fees, Supplier may suspend the Services.|ordered(VENDOR, suspend)|false",
        "Supplier does not assign the Deliverables to Client.|ordered(VENDOR, assign)|true",
    })
    void aNegationInsideTheOpeningConditionStaysThere(String sentence, String pattern, boolean negated) {
        IndexedText text = IndexedText.of(sentence);
        PositionSpan span = text.matches(pattern).get(0);
        int conditionEnd = new SentenceActs(text.index(), text.structure()).leadingConditionEnd(span.sentence());
        int cuesFrom = conditionEnd >= 0 && span.startPosition() >= conditionEnd ? conditionEnd : -1;
        assertEquals(negated, Negation.isNegated(text.index(), span, cuesFrom));
    }
}
