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
 * playbook, so that users can test their own playbook edits the same way: each example must get its status, from
 * the patterns its markers name (ExampleMarkers).
 */
public final class ExampleCheck {

    /**
     * An example whose status differs from the one its rule expects, or whose markers are wrong.
     *
     * @param problem what is wrong with the markers, or "" when the status itself is wrong
     */
    public record Failure(String ruleId, int exampleNumber, RuleExample example, Status actual, List<String> reasons,
                          String problem) {

        @Override
        public String toString() {
            return "rule " + ruleId + " example " + exampleNumber + ": " + (problem.isEmpty() ? "expected "
                    + example.expect() + " but got " + actual : problem) + " for \"" + example.text().strip() + "\"";
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
                    failures.add(new Failure(rule.id(), number, example, finding.status(), finding.reasons(), ""));
                    continue;
                }
                for (String problem : markerProblems(playbook, rule, example, finding)) {
                    failures.add(new Failure(rule.id(), number, example, finding.status(), finding.reasons(), problem));
                }
            }
        }
        return failures;
    }

    /**
     * What is wrong with an example's markers, given the finding its text gets with the whole playbook: a
     * {@code decided-by} pattern that is not among the evidence giving the status (ExampleMarkers), a
     * {@code rejected} pattern whose match is evidence after all, or that does not match the text even when its
     * match is no longer judged (negation, definitions and recitals, its exception and headings set aside).
     */
    public static List<String> markerProblems(Playbook playbook, Rule rule, RuleExample example, Finding finding) {
        List<String> problems = new ArrayList<>(ExampleMarkers.decidingProblems(example, finding));
        for (String id : example.rejected()) {
            if (credits(finding, id)) {
                problems.add("rejected names " + id + ", but its match is evidence, not rejected");
                continue;
            }
            Rule relaxed = unjudged(rule, id);
            Playbook alone = new Playbook(playbook.version(), playbook.name(), playbook.examplePreamble(),
                    playbook.groups(), playbook.weakening(), List.of(relaxed));
            Finding unjudged = evaluate(new ContractAnalyzer(), new AnalysisOptions(alone, null), alone, relaxed, example);
            if (!credits(unjudged, id)) {
                problems.add("rejected names " + id + ", but " + id + " does not match the text");
            }
        }
        return problems;
    }

    private static boolean credits(Finding finding, String patternId) {
        return finding.evidence().stream().anyMatch(e -> List.of(e.patternId().split("\\+")).contains(patternId));
    }

    /** The rule with one pattern taken as it matches: negation ignored, definitions counted, no exception, any heading. */
    private static Rule unjudged(Rule rule, String patternId) {
        java.util.function.UnaryOperator<List<RulePattern>> relax = patterns -> patterns.stream()
                .map(p -> p.id().equals(patternId) ? new RulePattern(p.id(), p.match(), null, List.of(),
                        NegationHandling.IGNORE, true, UnlessScope.SENTENCE) : p)
                .toList();
        return new Rule(rule.id(), rule.title(), rule.category(), rule.severity(), rule.rationale(), rule.headingHints(),
                relax.apply(rule.satisfied()), relax.apply(rule.weak()), relax.apply(rule.contrary()), rule.weakening(),
                rule.recommendation(), rule.examples(), rule.coverage());
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
