package org.clausecheck.eval.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.clausecheck.eval.CorpusSource;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.inventory.ClauseInventoryReader;
import org.clausecheck.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * The clause inventory on the half of CUAD the model was not trained on and the word rules were not written from.
 * Skips when ../shared/corpus is absent. The floor sits just under the measured figure (docs/evaluation.md).
 */
class InventoryCorpusTest {

    @Test
    void macroF1OnTheCheckHalfHoldsItsFloor() throws Exception {
        Path cuad = SharedCorpus.require("cuad/labels.csv").getParent();
        InventoryEvaluation.Result result = InventoryEvaluation.evaluate(cuad.resolve("labels.csv"), cuad,
                CorpusSplit.CHECK, CorpusSource.PDF, ClauseInventoryReader.shipped());
        StringWriter table = new StringWriter();
        InventoryEvaluation.print(result, "check", new PrintWriter(table));
        assertEquals(139, result.contracts(), table.toString());
        assertTrue(result.macroF1() >= 0.68, table.toString());
    }
}
