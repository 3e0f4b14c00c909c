package org.clausecheck.analyze.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Finding;
import org.junit.jupiter.api.Test;

/** Examples name the pattern that must decide them; the build fails on a pattern no example decides. */
class ExampleMarkersTest {

    /** A small rule whose examples are all right; tests break one thing at a time. */
    private static final String PLAYBOOK = """
            version: "1"
            name: markers
            example-preamble: This Agreement is made between Acme Corp. ("Client") and Beta Labs LLC ("Supplier").
            weakening:
              - id: extra-fees
                match: any("additional fee*", "then-current rate*")
            rules:
              - id: handover
                title: Handover
                category: core
                severity: required
                rationale: R
                recommendation: Ask for a handover.
                satisfied:
                  - id: transition
                    match: any("transition assistance", "knowledge transfer")
                    unless: any("excluded from", "not included")
                  - id: train-staff
                    match: ordered(10, train*, CUSTOMER, any(staff, personnel))
                weak:
                  - id: user-training
                    match: ordered(8, training, user*)
                contrary:
                  - id: excluded
                    match: ordered(8, "transition assistance", "excluded from")
                    negation: ignore
                examples:
                  - text: Supplier shall provide transition assistance on termination.
                    expect: MET
                    decided-by: transition
                  - text: Supplier shall train Client's staff to run the system.
                    expect: MET
                    decided-by: train-staff
                  - text: Supplier shall provide training to the users of the system.
                    expect: WEAK
                    kind: weak
                    decided-by: user-training
                  - text: Supplier shall provide transition assistance for an additional fee.
                    expect: WEAK
                    kind: weak
                    decided-by: [transition, extra-fees]
                  - text: Supplier shall not provide transition assistance.
                    expect: MISSING
                    kind: negated
                    rejected: transition
                  - text: Client shall pay the fees within thirty days.
                    expect: MISSING
                  - text: Transition assistance is excluded from the Services.
                    expect: CONTRARY
                    kind: contrary
                    decided-by: excluded
                  - text: Supplier shall provide knowledge transfer. Transition assistance is excluded from the Services.
                    expect: WEAK
                    kind: conflict
                    decided-by: [transition, excluded]
            """;

    private static Playbook load(String yaml) {
        return PlaybookLoader.load(yaml, "markers.yaml");
    }

    @Test
    void aPlaybookWhoseExamplesNameTheirPatternsIsValidAndPasses() {
        Playbook playbook = load(PLAYBOOK);
        assertEquals(List.of(), PlaybookValidator.problems(playbook));
        assertEquals(List.of(), ExampleCheck.failures(playbook));
        RuleExample conflict = playbook.rules().get(0).examples().get(7);
        assertEquals(List.of("transition", "excluded"), conflict.decidedBy());
        assertEquals(List.of("transition"), playbook.rules().get(0).examples().get(4).rejected());
    }

    @Test
    void everyDecidedExampleNamesAPatternAndEveryPatternIsNamed() {
        List<String> problems = PlaybookValidator.problems(load(PLAYBOOK
                .replace("        decided-by: train-staff\n", "")
                .replace("decided-by: [transition, extra-fees]", "decided-by: transition")));
        assertTrue(problems.contains("rule handover example 2 (MET): no decided-by; name the pattern that must decide it"),
                problems.toString());
        assertTrue(problems.contains("rule handover: satisfied pattern train-staff is decided by no example; add one"
                + " whose decided-by names it"), problems.toString());
        assertTrue(problems.contains("playbook weakening extra-fees: decided by no example; add one to a rule whose"
                + " decided-by names it"), problems.toString());
    }

    @Test
    void namesMustBeThoseOfTheRuleAndStandWhereTheyBelong() {
        List<String> problems = PlaybookValidator.problems(load(PLAYBOOK
                .replace("decided-by: user-training", "decided-by: [user-training, no-such-pattern]")
                .replace("thirty days.\n        expect: MISSING\n", "thirty days.\n        expect: MISSING\n"
                        + "        decided-by: transition\n")
                .replace("kind: contrary\n        decided-by: excluded",
                        "kind: contrary\n        decided-by: excluded\n        rejected: transition")));
        assertTrue(problems.contains("rule handover example 3: decided-by names 'no-such-pattern', which is no pattern"
                + " of the rule nor a shared weakening pattern"), problems.toString());
        assertTrue(problems.contains("rule handover example 6: a MISSING example is decided by no pattern; name a"
                + " pattern it must reject with 'rejected'"), problems.toString());
        assertTrue(problems.contains("rule handover example 7: 'rejected' belongs to MISSING examples of kind negated,"
                + " scope or direction"), problems.toString());
        PlaybookException unknownKey = assertThrows(PlaybookException.class, () -> load(PLAYBOOK.replace(
                "decided-by: train-staff", "decided_by: train-staff")));
        assertTrue(unknownKey.getMessage().contains("rule handover example 2: unknown key 'decided_by'"),
                unknownKey.getMessage());
        PlaybookException notAnId = assertThrows(PlaybookException.class, () -> load(PLAYBOOK.replace(
                "decided-by: train-staff", "decided-by: {a: b}")));
        assertTrue(notAnId.getMessage().contains("'decided-by' must be a pattern id or a list of them"),
                notAnId.getMessage());
    }

    @Test
    void aNamedPatternMustBeAmongTheEvidenceThatGivesTheStatus() {
        List<ExampleCheck.Failure> failures = ExampleCheck.failures(load(PLAYBOOK
                .replace("decided-by: train-staff", "decided-by: [train-staff, transition]")
                .replace("decided-by: [transition, excluded]", "decided-by: [excluded, extra-fees]")));
        List<String> messages = failures.stream().map(ExampleCheck.Failure::toString).toList();
        assertEquals(List.of(
                "rule handover example 2: decided-by names transition, but the evidence that gives MET comes from"
                        + " train-staff for \"Supplier shall train Client's staff to run the system.\"",
                "rule handover example 8: decided-by names extra-fees, but the evidence that gives WEAK comes from"
                        + " transition, excluded for \"Supplier shall provide knowledge transfer. Transition assistance"
                        + " is excluded from the Services.\"",
                "rule handover example 8: a conflict: decided-by must name both sides (satisfying: transition;"
                        + " contrary: excluded) for \"Supplier shall provide knowledge transfer. Transition assistance is"
                        + " excluded from the Services.\""), messages);
    }

    @Test
    void aRejectedPatternMustMatchTheTextAndBeRejected() {
        Playbook playbook = load(PLAYBOOK);
        Rule rule = playbook.rules().get(0);
        ContractAnalyzer analyzer = new ContractAnalyzer();
        AnalysisOptions options = new AnalysisOptions(playbook, null);
        RuleExample negated = rule.examples().get(4);
        Finding finding = ExampleCheck.evaluate(analyzer, options, playbook, rule, negated);
        assertEquals(List.of(), ExampleCheck.markerProblems(playbook, rule, negated, finding));
        RuleExample wrongPattern = new RuleExample(negated.text(), negated.expect(), negated.kind(), List.of(),
                List.of("train-staff"));
        assertEquals(List.of("rejected names train-staff, but train-staff does not match the text"),
                ExampleCheck.markerProblems(playbook, rule, wrongPattern, finding));
        RuleExample notRejected = new RuleExample("Supplier shall provide transition assistance.", negated.expect(),
                negated.kind(), List.of(), List.of("transition"));
        Finding met = ExampleCheck.evaluate(analyzer, options, playbook, rule, notRejected);
        assertEquals(List.of("rejected names transition, but its match is evidence, not rejected"),
                ExampleCheck.markerProblems(playbook, rule, notRejected, met));
    }

    @Test
    void aNarrowedPlaybookStillRunsThoughItsSharedWeakenerIsDecidedElsewhere() {
        String twoRules = PLAYBOOK + PLAYBOOK.substring(PLAYBOOK.indexOf("  - id: handover"))
                .replace("id: handover", "id: other-handover")
                .replace("decided-by: [transition, extra-fees]", "decided-by: transition");
        Playbook playbook = load(twoRules);
        assertEquals(List.of(), PlaybookValidator.problems(playbook));
        Playbook narrowed = PlaybookSelection.only(playbook, Set.of("other-handover"));
        assertTrue(PlaybookValidator.problems(narrowed).stream().anyMatch(p -> p.startsWith("playbook weakening extra-fees")));
        PlaybookValidator.validated(narrowed); // what an analysis checks: does not throw
    }
}
