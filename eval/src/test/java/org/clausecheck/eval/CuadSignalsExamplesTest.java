package org.clausecheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.playbook.ExampleMarkers;
import org.clausecheck.analyze.playbook.NegationHandling;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.RuleExample;
import org.clausecheck.analyze.playbook.RulePattern;
import org.clausecheck.analyze.playbook.UnlessScope;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * The CUAD signals' own examples, run as the build runs the default playbook's (ExampleCheck): each gets its
 * status from the patterns it names, each rejected pattern matches the text but is no evidence, and every pattern
 * is named by an example. Runs from the repository alone.
 */
class CuadSignalsExamplesTest {

    private static final CuadSignals SIGNALS = CuadSignals.shipped();

    @Test
    void everyPatternIsDecidedByAnExampleAndEveryNameIsKnown() {
        assertEquals(List.of(), ExampleMarkers.problems(SIGNALS.definition(), true));
    }

    @Test
    void everySignalHasExamplesOnBothSides() {
        for (CuadSignalEvaluation.Signal signal : CuadSignalEvaluation.SIGNAL_COLUMNS) {
            Rule rule = rule(signal.ruleId());
            assertTrue(rule.examples().stream().anyMatch(e -> e.expect().isPresent()), signal.ruleId() + ": no yes");
            assertTrue(rule.examples().stream().anyMatch(e -> !e.expect().isPresent()), signal.ruleId() + ": no no");
            assertTrue(rule.examples().stream().anyMatch(e -> e.kind().equals("negated")), signal.ruleId()
                    + ": no negated example");
        }
    }

    @Test
    void examplesGetTheirStatusFromThePatternsTheyName() {
        List<String> failures = new ArrayList<>();
        Playbook playbook = SIGNALS.definition();
        for (Rule rule : playbook.rules()) {
            int number = 0;
            for (RuleExample example : rule.examples()) {
                number++;
                String where = rule.id() + " example " + number + " \"" + example.text().strip() + "\"";
                Finding finding = judge(SIGNALS, playbook, rule.id(), example);
                if (finding.status() != example.expect()) {
                    failures.add(where + ": expected " + example.expect() + " but got " + finding.status() + " "
                            + finding.reasons());
                    continue;
                }
                ExampleMarkers.decidingProblems(example, finding).forEach(p -> failures.add(where + ": " + p));
                for (String rejected : example.rejected()) {
                    if (credits(finding, rejected)) {
                        failures.add(where + ": " + rejected + " is evidence, not rejected");
                    } else if (!credits(judge(new CuadSignals(unjudged(playbook, rule, rejected)), playbook, rule.id(),
                            example), rejected)) {
                        failures.add(where + ": " + rejected + " does not match the text, so it rejects nothing");
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void cuadClauseListsAreReadAsPythonWritesThem() {
        assertEquals("Supplier's rights", CuadSignalEvaluation.firstListed("[\"Supplier's rights\", 'second']"));
        assertEquals("it isn't", CuadSignalEvaluation.firstListed("['it isn\\'t']"));
        assertEquals("", CuadSignalEvaluation.firstListed("[]"));
        assertFalse(CuadSignalEvaluation.firstListed("['a', 'b']").contains("b"));
    }

    private static Finding judge(CuadSignals signals, Playbook playbook, String ruleId, RuleExample example) {
        String text = playbook.examplePreamble() + "\n\n" + example.text();
        try {
            ExtractedDocument document = new Extractor().extract(Path.of("example.txt"),
                    text.getBytes(StandardCharsets.UTF_8), ExtractionOptions.defaults());
            return signals.judge(document).get(ruleId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean credits(Finding finding, String patternId) {
        return finding.evidence().stream().anyMatch(e -> List.of(e.patternId().split("\\+")).contains(patternId));
    }

    /** The playbook with one pattern taken as it matches: negation ignored, definitions counted, no exception. */
    private static Playbook unjudged(Playbook playbook, Rule rule, String patternId) {
        List<RulePattern> satisfied = rule.satisfied().stream()
                .map(p -> p.id().equals(patternId) ? new RulePattern(p.id(), p.match(), null, List.of(),
                        NegationHandling.IGNORE, true, UnlessScope.SENTENCE) : p)
                .toList();
        Rule relaxed = new Rule(rule.id(), rule.title(), rule.category(), rule.severity(), rule.rationale(),
                rule.headingHints(), satisfied, rule.weak(), rule.contrary(), rule.weakening(), rule.recommendation(),
                rule.examples(), rule.coverage());
        return new Playbook(playbook.version(), playbook.name(), playbook.examplePreamble(), playbook.groups(),
                playbook.weakening(), List.of(relaxed));
    }

    private static Rule rule(String id) {
        return SIGNALS.definition().rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
