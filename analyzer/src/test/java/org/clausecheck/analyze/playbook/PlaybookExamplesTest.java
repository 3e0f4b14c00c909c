package org.clausecheck.analyze.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.TestDocuments;
import org.clausecheck.analyze.finding.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one generic test of the playbook, LanguageTool-style: the default playbook validates (unique ids,
 * patterns compile, enough examples of each kind, every example names the pattern deciding it and every pattern is
 * named by one), and every example of every rule gets its expected status from the patterns it names.
 */
class PlaybookExamplesTest {

    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final ContractAnalyzer ANALYZER = new ContractAnalyzer();

    @Test
    void defaultPlaybookIsValid() {
        assertEquals(List.of(), PlaybookValidator.problems(PLAYBOOK));
    }

    @Test
    void defaultPlaybookCoversTheElevenProtections() {
        List<String> ids = PLAYBOOK.rules().stream().map(Rule::id).toList();
        assertEquals(List.of("ip-ownership", "documentation", "environment-access", "knowledge-transfer",
                "no-training", "prompt-logging", "third-party-tools", "security-controls", "confidentiality",
                "exit-assistance", "acceptance-criteria"), ids);
        for (Rule rule : PLAYBOOK.rules()) {
            Severity expected = List.of("ip-ownership", "documentation", "environment-access", "knowledge-transfer")
                    .contains(rule.id()) ? Severity.REQUIRED : Severity.RECOMMENDED;
            assertEquals(expected, rule.severity(), rule.id());
        }
        assertTrue(!PLAYBOOK.version().isBlank());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGetsItsExpectedStatus() {
        List<DynamicTest> tests = new ArrayList<>();
        AnalysisOptions options = new AnalysisOptions(PLAYBOOK, null);
        for (Rule rule : PLAYBOOK.rules()) {
            int n = 0;
            for (RuleExample example : rule.examples()) {
                String name = rule.id() + " #" + (++n) + " " + example.expect() + ": " + example.text();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    AnalysisReport report = ANALYZER.analyze(
                            TestDocuments.of(PLAYBOOK.examplePreamble() + "\n\n" + example.text()), options);
                    Finding finding = report.finding(rule.id()).orElseThrow();
                    assertEquals(example.expect(), finding.status(), () -> "reasons: " + finding.reasons());
                    assertEquals(List.of(), ExampleCheck.markerProblems(PLAYBOOK, rule, example, finding),
                            () -> "reasons: " + finding.reasons());
                }));
            }
        }
        return tests.stream();
    }
}
