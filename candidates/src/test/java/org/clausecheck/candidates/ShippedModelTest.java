package org.clausecheck.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model shipped as a resource: it loads, has its six categories, and scores deterministically. */
class ShippedModelTest {

    @Test
    void loadsWithItsCategoriesAndThresholds() {
        CandidateModel model = CandidateModel.shipped();
        assertSame(model, CandidateModel.shipped());
        assertEquals(List.of("ip-ownership-assignment", "joint-ip-ownership", "license-grant",
                "post-termination-services", "audit-rights", "source-code-escrow"),
                model.categories().stream().map(CandidateCategory::id).toList());
        for (CandidateCategory category : model.categories()) {
            assertTrue(category.threshold() > 0 && category.threshold() < 1, category.toString());
            assertTrue(category.positives() > 0 && category.positives() < category.sentences(), category.toString());
        }
        assertTrue(model.vocabulary().size() > 1000, "vocabulary of " + model.vocabulary().size());
    }

    @Test
    void scoresAreProbabilitiesAndTheSameEachTime() {
        CandidateModel model = CandidateModel.shipped();
        List<String> terms = CandidateTrainerTest.words("xvendorx hereby assign to xcustomerx all right title and "
                + "interest in deliverable");
        double[] first = model.scores(terms, List.of("intellectual", "property"));
        double[] second = model.scores(model.vocabulary().lookup(), terms, List.of("intellectual", "property"));
        assertEquals(model.categories().size(), first.length);
        for (int i = 0; i < first.length; i++) {
            assertTrue(first[i] >= 0 && first[i] <= 1);
            assertEquals(first[i], second[i]);
        }
        double[] unrelated = model.scores(CandidateTrainerTest.words("this agreement shall be governed by law of "
                + "state of delaware"), List.of("governing", "law"));
        int ip = model.indexOf("ip-ownership-assignment");
        assertTrue(first[ip] > model.categories().get(ip).threshold(), "assignment scores " + first[ip]);
        assertTrue(unrelated[ip] < model.categories().get(ip).threshold(), "governing law scores " + unrelated[ip]);
    }
}
