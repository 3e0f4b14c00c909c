package org.clausecheck.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.inventory.ClauseInventory;
import org.clausecheck.analyze.inventory.InventoryClause;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.api.Test;

class ClauseInventoryReaderTest {

    private static final String CONTRACT = """
            SUPPLY AGREEMENT

            This Supply Agreement is made between Acme Corp. ("Customer") and Widget Works Ltd. ("Supplier").

            1. Assignment
            Neither party may assign or transfer this Agreement or any of its rights hereunder without the prior \
            written consent of the other party, and any attempted assignment without such consent shall be void.

            2. Limitation of Liability
            In no event shall either party's aggregate liability arising out of this Agreement exceed the fees paid \
            by Customer in the twelve months preceding the claim.

            3. Liquidated Damages
            If Supplier fails to deliver on time, Supplier shall pay liquidated damages of one percent of the price \
            for each week of delay, which the parties agree is a genuine pre-estimate of loss and not a penalty.

            4. Notices
            Notices shall be given in writing to the addresses above.
            """;

    private static ClauseInventory inventory(String text) throws Exception {
        var document = new Extractor().extract(Path.of("supply.txt"), text.getBytes(StandardCharsets.UTF_8),
                ExtractionOptions.defaults());
        AnalysisReport report = new ContractAnalyzer().analyze(document,
                AnalysisOptions.defaults().withInventory(ClauseInventoryReader.shipped()));
        return report.clauseInventory().orElseThrow();
    }

    @Test
    void findsTheClausesTheContractHoldsWithTheirSentencesAsEvidence() throws Exception {
        Map<String, InventoryClause> found = inventory(CONTRACT).clauses().stream()
                .collect(Collectors.toMap(InventoryClause::category, c -> c));
        assertTrue(found.containsKey("Anti-Assignment"), found.keySet().toString());
        assertTrue(found.get("Anti-Assignment").evidence().get(0).quote().startsWith("Neither party may assign"));
        assertEquals("1", found.get("Anti-Assignment").evidence().get(0).sectionNumber());
        assertTrue(found.containsKey("Cap On Liability"), found.keySet().toString());
        assertTrue(found.containsKey("Liquidated Damages"), found.keySet().toString());
        assertEquals(ClauseInventoryReader.WORD_RULE_CONFIDENCE, found.get("Liquidated Damages").confidence());
        for (InventoryClause clause : found.values()) {
            assertTrue(clause.confidence() >= 0.5 && clause.confidence() <= 1, clause.toString());
            assertFalse(clause.evidence().isEmpty());
        }
    }

    @Test
    void aContractWithoutSuchClausesListsNone() throws Exception {
        List<String> found = inventory("""
                LETTER OF THANKS

                Dear Ms. Smith, thank you for your visit to our offices last week. We enjoyed meeting you.
                """).clauses().stream().map(InventoryClause::category).toList();
        assertFalse(found.contains("Anti-Assignment"), found.toString());
        assertFalse(found.contains("Liquidated Damages"), found.toString());
        assertFalse(found.contains("Cap On Liability"), found.toString());
    }

    @Test
    void categoriesComeInCuadsOrderUnderCuadsNames() throws Exception {
        List<String> found = inventory(CONTRACT).clauses().stream().map(InventoryClause::category).toList();
        List<String> inCuadOrder = InventoryCategories.NAMES.stream().filter(found::contains).toList();
        assertEquals(inCuadOrder, found);
    }

    @Test
    void theShippedModelHasAContractThresholdForEveryCategory() {
        InventoryModel model = InventoryModel.shipped();
        assertEquals(InventoryCategories.NAMES, model.names());
        for (int c = 0; c < model.names().size(); c++) {
            double threshold = model.contractThreshold(c);
            assertTrue(threshold >= 0 && threshold <= 1, model.names().get(c) + ": " + threshold);
        }
    }
}
