package org.clausecheck.analyze.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.match.MatchOutcome;
import org.clausecheck.analyze.match.MatchTrace;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanation's finding is the analysis's, and its trace accounts for the evidence: asking why changes nothing
 * in what is decided.
 */
class RuleExplainerTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    static Stream<Path> samples() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.(pdf|docx|doc|txt)")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theTraceGivesTheSameFindingAndEveryPieceOfEvidenceHasItsMatch(Path sample) throws Exception {
        ExtractedDocument document = new Extractor().extract(sample);
        Playbook playbook = PlaybookLoader.loadDefault();
        AnalysisReport report = new ContractAnalyzer().analyze(document, AnalysisOptions.defaults());
        for (Finding analysed : report.findings()) {
            RuleExplanation explanation = RuleExplainer.explain(document, playbook, analysed.ruleId(), null);
            Finding explained = explanation.finding();
            assertEquals(analysed.status(), explained.status(), sample + " " + analysed.ruleId());
            assertEquals(analysed.reasons(), explained.reasons(), sample + " " + analysed.ruleId());
            assertEquals(analysed.evidence(), explained.evidence(), sample + " " + analysed.ruleId());
            assertEquals(analysed.confidence(), explained.confidence(), sample + " " + analysed.ruleId());
            // Every sentence of evidence on the agreed text has a traced match that became evidence of that kind.
            List<MatchTrace> traced = explanation.sentences().stream().flatMap(s -> s.matches().stream()).toList();
            explained.evidence().stream().filter(e -> e.note().isEmpty() || !e.note().startsWith("depends on"))
                    .forEach(evidence -> assertTrue(traced.stream().anyMatch(m -> m.outcome() == MatchOutcome.EVIDENCE
                            && m.evidence() == evidence.kind() && List.of(evidence.patternId().split("\\+"))
                            .contains(m.patternId())), sample + " " + analysed.ruleId() + ": " + evidence));
            if (explanation.decisive() != null) {
                assertEquals(explained.evidence().get(0), explanation.decisive());
            }
        }
    }
}
