package org.clausecheck.analyze.playbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;

/**
 * Runs every rule's embedded examples through the real analyzer, as the build does for the default
 * playbook, so that users can test their own playbook edits the same way.
 */
public final class ExampleCheck {

    /** An example whose status differs from the one its rule expects. */
    public record Failure(String ruleId, int exampleNumber, RuleExample example, Status actual, List<String> reasons) {

        @Override
        public String toString() {
            return "rule " + ruleId + " example " + exampleNumber + ": expected " + example.expect() + " but got "
                    + actual + " for \"" + example.text().strip() + "\"";
        }
    }

    private ExampleCheck() {
    }

    /** The examples that fail, in playbook order; empty when all pass. */
    public static List<Failure> failures(Playbook playbook) {
        ContractAnalyzer analyzer = new ContractAnalyzer();
        AnalysisOptions options = new AnalysisOptions(playbook, null);
        List<Failure> failures = new ArrayList<>();
        for (Rule rule : playbook.rules()) {
            int number = 0;
            for (RuleExample example : rule.examples()) {
                number++;
                Finding finding = evaluate(analyzer, options, playbook, rule, example);
                if (finding.status() != example.expect()) {
                    failures.add(new Failure(rule.id(), number, example, finding.status(), finding.reasons()));
                }
            }
        }
        return failures;
    }

    /** The finding of one rule on one example, read as a plain-text contract after the example preamble. */
    public static Finding evaluate(ContractAnalyzer analyzer, AnalysisOptions options, Playbook playbook, Rule rule,
                                   RuleExample example) {
        return analyzer.analyze(document(playbook.examplePreamble() + "\n\n" + example.text()), options)
                .finding(rule.id())
                .orElseThrow(() -> new IllegalStateException("no finding for rule " + rule.id()));
    }

    private static ExtractedDocument document(String text) {
        try {
            return new Extractor().extract(Path.of("example.txt"), text.getBytes(StandardCharsets.UTF_8),
                    ExtractionOptions.defaults());
        } catch (ExtractionException e) {
            throw new IllegalStateException("an example is not readable text: " + e.getMessage(), e);
        }
    }
}
