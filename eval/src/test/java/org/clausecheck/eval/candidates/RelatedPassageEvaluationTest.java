package org.clausecheck.eval.candidates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clausecheck.analyze.finding.RelatedPassage;
import org.junit.jupiter.api.Test;

class RelatedPassageEvaluationTest {

    private static RelatedPassage at(String section, String heading) {
        return new RelatedPassage("A sentence.", 1, section, heading, 0, 11, 0.5, "similarity");
    }

    @Test
    void aPassageInsideALabelledSectionCounts() {
        assertTrue(RelatedPassageEvaluation.inLabelledSection(at("5.2.1", ""), "5.2"));
        assertTrue(RelatedPassageEvaluation.inLabelledSection(at("11", ""), "11(a); 11(b)"));
        assertTrue(RelatedPassageEvaluation.inLabelledSection(at("Section 3.10", ""), "3.10(e)"));
        assertTrue(RelatedPassageEvaluation.inLabelledSection(at("16.10", ""), "8.4; 16.10"));
        assertTrue(RelatedPassageEvaluation.inLabelledSection(at("14.", ""), "1.1; 14 (Documentation)"));
        assertTrue(RelatedPassageEvaluation.inLabelledSection(at(null, "Services > Fully Managed Servers"),
                "Attachment A 3.0; Fully Managed Servers"));
    }

    @Test
    void aPassageElsewhereDoesNot() {
        assertFalse(RelatedPassageEvaluation.inLabelledSection(at("5.20", ""), "5.2"));
        assertFalse(RelatedPassageEvaluation.inLabelledSection(at("15", ""), "5"));
        assertFalse(RelatedPassageEvaluation.inLabelledSection(at(null, "Fees"), "7.1; 7.2"));
        assertFalse(RelatedPassageEvaluation.inLabelledSection(at("7.1", ""), ""));
    }
}
