package org.clausecheck.candidates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void scoresAreLiblinearsOwnPredictions() {
        CandidateModel model = CandidateModel.shipped();
        java.util.Random random = new java.util.Random(7);
        List<String> names = model.vocabulary().names();
        Vocabulary.DocumentLookup lookup = model.vocabulary().lookup();
        for (int round = 0; round < 300; round++) {
            // Sentences of known terms (pairs split into their terms), unknown words and heading terms.
            List<String> terms = new java.util.ArrayList<>();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                String name = names.get(random.nextInt(names.size()));
                terms.addAll(List.of((random.nextInt(10) == 0 ? "unknownword" : name.replace("#", "")).split(" ")));
            }
            List<String> heading = List.of(names.get(random.nextInt(names.size())).replace("#", "").split(" "));
            assertArrayEquals(model.scoresByLiblinear(terms, heading), model.scores(terms, heading), 1e-9);
            assertArrayEquals(model.scoresByLiblinear(terms, heading), model.scores(lookup, terms, heading), 1e-9);
        }
    }

    @Test
    void scoresAreProbabilitiesAndTheSameEachTime() {
        CandidateModel model = CandidateModel.shipped();
        List<String> terms = CandidateTrainerTest.words("xvendorx hereby assign to xcustomerx all right title and "
                + "interest in deliverable");
        double[] first = model.scores(terms, List.of("intellectual", "property"));
        double[] second = model.scores(terms, List.of("intellectual", "property"));
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
