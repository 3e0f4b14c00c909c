package org.clausecheck.eval.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.eval.CorpusSource;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.clausecheck.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * The probe on the labelled contracts of the shared corpus (skipped without it, path from the system property
 * {@code clausecheck.corpus}), against the analyzer's own reports of the same files; CUAD's text files, since
 * the probe is about the rules, not the PDF reader.
 */
class CoverageCorpusTest {

    private static Path corpus() {
        return SharedCorpus.require("labels").getParent();
    }

    @Test
    void patternsFireWhereTheAnalyzerCreditsThemOnCoreDev() throws Exception {
        Path corpus = corpus();
        Playbook playbook = PlaybookLoader.loadDefault();
        ContractAnalyzer analyzer = new ContractAnalyzer();
        Extractor extractor = new Extractor();
        Map<String, AnalysisReport> reports = new HashMap<>();
        CorpusContracts.Listing listing = CorpusContracts.list(corpus.resolve("cuad"),
                corpus.resolve("labels/core-dev.csv"));
        CoverageResult result = new CoverageProbe(playbook).run(listing.contracts(), contract -> {
            ExtractedDocument document = extractor.extract(CorpusSource.TXT.locate(corpus.resolve("cuad"),
                    contract.id()).orElseThrow());
            reports.put(contract.id(), analyzer.analyze(document, new AnalysisOptions(playbook, null)));
            return document;
        }, CorpusSplit.ALL, CorpusSource.TXT, listing.typeSource().toString());

        assertEquals(List.of(), result.errors());
        assertEquals(67, result.contracts().size());
        assertTrue(result.contracts().stream().allMatch(c -> !c.type().isEmpty()), "every contract has its CUAD kind");
        for (UnitCoverage unit : result.units()) {
            ProbeUnit u = unit.unit();
            List<String> fires = unit.fires().stream().map(ProbeContract::id).toList();
            assertEquals(new ArrayList<>(new TreeSet<>(fires)), fires, "sorted, once each: " + u);
            Set<String> families = new TreeSet<>(unit.fires().stream().map(ProbeContract::family).toList());
            assertEquals(families.size() == 1, unit.flag() == UnitCoverage.Flag.ONE_CONTRACT, u.key());
            assertEquals(families.isEmpty(), unit.flag() == UnitCoverage.Flag.NEVER_FIRES, u.key());
            if (u.kind() == ProbeUnit.Kind.PATTERN && !u.rule().isEmpty() && !u.list().equals("weakening")) {
                // a pattern fires exactly where the analyzer's report credits it with evidence
                List<String> credited = new ArrayList<>();
                for (ProbeContract contract : result.contracts()) {
                    Finding finding = reports.get(contract.id()).finding(u.rule()).orElseThrow();
                    if (finding.evidence().stream().map(Evidence::patternId)
                            .anyMatch(id -> List.of(id.split("\\+")).contains(u.name()))) {
                        credited.add(contract.id());
                    }
                }
                assertEquals(credited, fires, u.key());
            }
            if (u.kind() == ProbeUnit.Kind.PATTERN) {
                // without a pattern a status changes only where its evidence went
                assertTrue(fires.containsAll(unit.decides().keySet().stream().map(ProbeContract::id).toList()), u.key());
            }
        }
        assertFalse(result.flagged(UnitCoverage.Flag.NEVER_FIRES).isEmpty());
    }
}
