package org.clausecheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausecheck.analyze.AnalysisOptions;
import org.junit.jupiter.api.Test;

/**
 * The 24 AI-outsourcing drafts of eval/drafts (labelled blind to the rules, in the repository): the default playbook
 * must not fall below what docs/evaluation.md reports, on either half, nor give more false assurance.
 */
class DraftsEvaluationTest {

    /** Tests run in the module folder; the drafts live at the repository's root. */
    private static final Path DRAFTS = Path.of("..", "eval", "drafts");

    /** {agreeing verdicts of 132, false MET} per half, as reported, with a margin of two verdicts. */
    private static final int WRITE_AGREEMENT = 110;
    private static final int WRITE_FALSE_MET = 2;
    private static final int CHECK_AGREEMENT = 88;
    private static final int CHECK_FALSE_MET = 5;

    @Test
    void verdictsOnTheDraftsHoldOnBothHalves() throws IOException {
        assertTrue(Files.isRegularFile(DRAFTS.resolve("labels.csv")), DRAFTS.toAbsolutePath().toString());
        StatusLabelEvaluation.Result result = new StatusLabelEvaluation(AnalysisOptions.defaults())
                .run(DRAFTS.resolve("labels.csv"), DRAFTS);
        assertEquals(0, result.errors().size(), result.errors().toString());
        assertEquals(24, result.outcomes().size());
        assertTrue(agreement(result, "write") >= WRITE_AGREEMENT, "write half agreement " + agreement(result, "write"));
        assertTrue(agreement(result, "check") >= CHECK_AGREEMENT, "check half agreement " + agreement(result, "check"));
        assertTrue(falseMet(result, "write") <= WRITE_FALSE_MET, "write half false MET " + falseMet(result, "write"));
        assertTrue(falseMet(result, "check") <= CHECK_FALSE_MET, "check half false MET " + falseMet(result, "check"));
    }

    private static int agreement(StatusLabelEvaluation.Result result, String split) {
        return result.rules().stream().mapToInt(rule -> result.agreement(rule, split)[0]).sum();
    }

    private static int falseMet(StatusLabelEvaluation.Result result, String split) {
        return result.rules().stream().mapToInt(rule -> result.falseAssurance(rule, split)).sum();
    }
}
