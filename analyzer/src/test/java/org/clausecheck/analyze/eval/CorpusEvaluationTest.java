package org.clausecheck.analyze.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausecheck.analyze.AnalysisOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluation on the shared corpus when it is there (path from the system property
 * {@code clausecheck.corpus}), reading the PDFs through the extractor as users do, and guards the figures reached so far against regressions.
 */
class CorpusEvaluationTest {

    private static Path corpus() {
        String property = System.getProperty("clausecheck.corpus");
        Assumptions.assumeTrue(property != null && Files.isDirectory(Path.of(property, "labels")),
                "shared corpus not available");
        return Path.of(property);
    }

    @Test
    void coreProtectionsOnCoreDev() throws Exception {
        Path corpus = corpus();
        Evaluation.Result result = new Evaluation(AnalysisOptions.defaults(), CorpusSource.PDF)
                .run(corpus.resolve("labels/core-dev.csv"), corpus.resolve("cuad"));
        assertEquals(0, result.errors().size(), result.errors().toString());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        Evaluation.print(result, new PrintStream(report, true, StandardCharsets.UTF_8));
        assertTrue(report.toString(StandardCharsets.UTF_8).contains("== mistakes"));
        // False assurance is the costly error: at most 3% of contracts.
        assertTrue(result.contractsWithFalseAssurance(true) <= Math.ceil(0.03 * result.contracts(true)),
                "false assurance in " + result.contractsWithFalseAssurance(true) + " contracts");
        for (Protection protection : Protection.CORE) {
            double f1 = result.matrix(protection, false).presence().f1();
            assertTrue(f1 >= 0.75, protection.ruleId() + " presence F1 without low-confidence labels " + f1);
        }
    }

    @Test
    void cuadSignalsBeatTheNaiveBaselines() throws Exception {
        Path corpus = corpus();
        CuadSignalEvaluation.Result result = new CuadSignalEvaluation(CorpusSource.PDF)
                .run(corpus.resolve("cuad/labels.csv"), corpus.resolve("cuad"));
        for (CuadSignalEvaluation.Signal signal : CuadSignalEvaluation.SIGNAL_COLUMNS) {
            double f1 = result.scores().get(signal.ruleId()).f1();
            assertTrue(f1 > signal.baselineF1(), signal.ruleId() + " F1 " + f1 + " vs " + signal.baselineF1());
        }
    }
}
