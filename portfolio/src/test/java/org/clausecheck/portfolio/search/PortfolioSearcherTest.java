package org.clausecheck.portfolio.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.portfolio.AuditResult;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.portfolio.PortfolioIndexMissingException;
import org.clausecheck.portfolio.PortfolioReader;
import org.clausecheck.portfolio.Portfolios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioSearcherTest {

    @TempDir
    static Path temp;
    static Path index;
    static AuditResult audit;

    @BeforeAll
    static void auditSamples() throws IOException {
        Path contracts = temp.resolve("contracts");
        Portfolios.copySamples(contracts);
        // A contract written for ranking: the phrase twice, in one clause.
        Files.writeString(contracts.resolve("zz-source-code-escrow.txt"), """
                SOURCE CODE ESCROW AGREEMENT

                1. Deposit. The Supplier shall deposit the source code and the source code documentation with the \
                escrow agent every month.

                2. Fees. The Customer shall pay the fees of the escrow agent.
                """);
        index = temp.resolve("index");
        audit = Portfolios.audit(contracts, index, new AtomicInteger());
    }

    @Test
    void phraseQueryRanksAndHighlights() throws IOException {
        try (PortfolioReader reader = PortfolioReader.open(index)) {
            SearchResult result = new PortfolioSearcher(reader).search(new SearchRequest("\"source code\"", null, null, 20));
            assertTrue(result.totalHits() >= 2, "hits: " + result.totalHits());
            // The escrow contract's title and its deposit clause (the phrase twice) outrank the one mention
            // in a long clause of another contract.
            List<ClauseHit> top = result.hits().subList(0, 2);
            assertTrue(top.stream().allMatch(hit -> hit.file().endsWith("zz-source-code-escrow.txt")), top.toString());
            ClauseHit deposit = top.stream().filter(hit -> "1".equals(hit.section())).findFirst().orElseThrow();
            assertTrue(deposit.snippet().contains("deposit the [source code] and the [source code] documentation"),
                    deposit.snippet());
            for (int i = 1; i < result.hits().size(); i++) {
                assertTrue(result.hits().get(i - 1).score() >= result.hits().get(i).score(), "ranked by score");
            }
        }
    }

    @Test
    void proximityAndBooleanSyntax() throws IOException {
        try (PortfolioReader reader = PortfolioReader.open(index)) {
            PortfolioSearcher searcher = new PortfolioSearcher(reader);
            SearchResult near = searcher.search(new SearchRequest("\"source documentation\"~3", null, null, 20));
            assertTrue(near.hits().stream().anyMatch(hit -> hit.file().endsWith("zz-source-code-escrow.txt")));
            SearchResult none = searcher.search(new SearchRequest("escrow AND NOT deposit AND fees AND source", null, null, 20));
            assertTrue(none.hits().isEmpty(), "NOT excludes the deposit clause: " + none.hits());
            assertThrows(IllegalArgumentException.class, () -> searcher.search(new SearchRequest("\"unclosed", null, null, 5)));
        }
    }

    @Test
    void filtersListTheContractsLackingAProtection() throws IOException {
        Set<String> expected = audit.rows().stream()
                .filter(row -> !row.failed() && row.statuses().get(ruleIndex("knowledge-transfer")) == Status.MISSING)
                .map(AuditRow::file).collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        try (PortfolioReader reader = PortfolioReader.open(index)) {
            PortfolioSearcher searcher = new PortfolioSearcher(reader);
            SearchResult lacking = searcher.search(new SearchRequest(null, "knowledge-transfer", Status.MISSING, 50));
            assertEquals(expected, lacking.contracts().stream().map(ContractMatch::file).collect(Collectors.toSet()));
            assertTrue(lacking.hits().isEmpty());

            SearchResult combined = searcher.search(new SearchRequest("fees", "knowledge-transfer", Status.MISSING, 50));
            assertFalse(combined.hits().isEmpty());
            assertTrue(combined.hits().stream().allMatch(hit -> expected.contains(hit.file())),
                    "a query with filters only searches the filtered contracts");
        }
    }

    @Test
    void inventoryFiltersOnAnIndexWithoutInventoryAreRefusedNotEmpty() throws IOException {
        try (PortfolioReader reader = PortfolioReader.open(index)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () ->
                    new PortfolioSearcher(reader).search(new SearchRequest(null, null, null, 20,
                            new InventoryFilter(null, null, null, "Delaware", false))));
            assertTrue(refused.getMessage().contains("--no-inventory"), refused.getMessage());
        }
    }

    @Test
    void aMissingIndexSaysHowToCreateIt() {
        PortfolioIndexMissingException missing = assertThrows(PortfolioIndexMissingException.class,
                () -> PortfolioReader.open(temp.resolve("nowhere")));
        assertTrue(missing.getMessage().contains("run 'clausecheck audit DIR' first"), missing.getMessage());
    }

    private static int ruleIndex(String id) {
        List<String> ids = org.clausecheck.analyze.playbook.PlaybookLoader.loadDefault().rules().stream()
                .map(rule -> rule.id()).toList();
        return ids.indexOf(id);
    }
}
