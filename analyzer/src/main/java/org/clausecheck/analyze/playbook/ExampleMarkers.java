package org.clausecheck.analyze.playbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;

/**
 * The examples' markers (LanguageTool's idea): each MET, WEAK or CONTRARY example names in {@code decided-by} the
 * pattern that must decide it, a MISSING example of kind negated, scope or direction may name in {@code rejected}
 * the pattern that matches it but must be rejected, and every pattern is decided by at least one example. So a
 * pattern is proven by an example written for it, not by the rule passing its examples with other patterns.
 *
 * <p>{@link #problems} checks the names without running anything; {@link #decidingProblems} checks, for an
 * example's finding, that the named patterns are among the evidence that gives its status.
 */
public final class ExampleMarkers {

    /** The example kinds whose MISSING status comes from rejecting a match. */
    public static final Set<String> REJECTING_KINDS = Set.of("negated", "scope", "direction");
    private static final String WEAKENED_BY = "weakened by ";

    private ExampleMarkers() {
    }

    /**
     * Names that are missing, unknown or in the wrong place, and patterns no example decides.
     *
     * @param wholePlaybook whether to require every shared weakening pattern to be decided by an example of some
     *                      rule; false for a playbook narrowed to some of its rules, which keeps the shared patterns
     *                      but not necessarily the examples that decide them
     */
    public static List<String> problems(Playbook playbook, boolean wholePlaybook) {
        List<String> problems = new ArrayList<>();
        Set<String> shared = ids(playbook.weakening());
        Set<String> decidedShared = new LinkedHashSet<>();
        for (Rule rule : playbook.rules()) {
            Map<String, String> patterns = patternLists(rule);
            Set<String> matching = new LinkedHashSet<>(ids(rule.satisfied()));
            matching.addAll(ids(rule.weak()));
            matching.addAll(ids(rule.contrary()));
            Set<String> decided = new LinkedHashSet<>();
            int number = 0;
            for (RuleExample example : rule.examples()) {
                String where = "rule " + rule.id() + " example " + (++number);
                if (example.expect() != Status.MISSING && example.decidedBy().isEmpty()) {
                    problems.add(where + " (" + example.expect() + "): no decided-by; name the pattern that must decide it");
                }
                if (example.expect() == Status.MISSING && !example.decidedBy().isEmpty()) {
                    problems.add(where + ": a MISSING example is decided by no pattern; name a pattern it must reject"
                            + " with 'rejected'");
                }
                for (String name : example.decidedBy()) {
                    if (patterns.containsKey(name)) {
                        decided.add(name);
                    } else if (shared.contains(name)) {
                        decidedShared.add(name);
                    } else {
                        problems.add(where + ": decided-by names '" + name + "', which is no pattern of the rule nor a"
                                + " shared weakening pattern");
                    }
                }
                if (!example.rejected().isEmpty() && (example.expect() != Status.MISSING
                        || !REJECTING_KINDS.contains(example.kind()))) {
                    problems.add(where + ": 'rejected' belongs to MISSING examples of kind negated, scope or direction");
                }
                for (String name : example.rejected()) {
                    if (!matching.contains(name)) {
                        problems.add(where + ": rejected names '" + name + "', which is no satisfied, weak or contrary"
                                + " pattern of the rule");
                    }
                }
            }
            patterns.forEach((id, list) -> {
                if (!decided.contains(id)) {
                    problems.add("rule " + rule.id() + ": " + list + " pattern " + id + " is decided by no example; add"
                            + " one whose decided-by names it");
                }
            });
        }
        if (wholePlaybook) {
            for (String id : shared) {
                if (!decidedShared.contains(id)) {
                    problems.add("playbook weakening " + id + ": decided by no example; add one to a rule whose"
                            + " decided-by names it");
                }
            }
        }
        return problems;
    }

    /**
     * What is wrong with an example's {@code decided-by} given the finding its text gets: each named pattern must be
     * among the evidence that gives the status (for WEAK by weakening the weakener or the weakened pattern; for a
     * conflict the names must cover both sides). Empty when the example is right or its status is not the expected
     * one (that is its own failure).
     */
    public static List<String> decidingProblems(RuleExample example, Finding finding) {
        List<String> problems = new ArrayList<>();
        if (example.decidedBy().isEmpty() || finding.status() != example.expect()) {
            return problems;
        }
        Set<String> satisfying = credited(finding, EvidenceKind.SATISFYING);
        Set<String> contrary = credited(finding, EvidenceKind.CONTRARY);
        boolean conflict = finding.status() == Status.WEAK && !satisfying.isEmpty() && !contrary.isEmpty();
        Set<String> deciding = switch (finding.status()) {
            case MET -> satisfying;
            case CONTRARY -> contrary;
            case WEAK -> conflict ? union(satisfying, contrary)
                    : !satisfying.isEmpty() ? satisfying : credited(finding, EvidenceKind.WEAK);
            case MISSING -> Set.of();
        };
        for (String name : example.decidedBy()) {
            if (!deciding.contains(name)) {
                problems.add("decided-by names " + name + ", but the evidence that gives " + finding.status() + " comes"
                        + " from " + (deciding.isEmpty() ? "no pattern" : String.join(", ", deciding)));
            }
        }
        if (conflict && (example.decidedBy().stream().noneMatch(satisfying::contains)
                || example.decidedBy().stream().noneMatch(contrary::contains))) {
            problems.add("a conflict: decided-by must name both sides (satisfying: " + String.join(", ", satisfying)
                    + "; contrary: " + String.join(", ", contrary) + ")");
        }
        return problems;
    }

    /** The patterns credited with evidence of a kind, and for weak evidence also the weakeners that made it weak. */
    static Set<String> credited(Finding finding, EvidenceKind kind) {
        Set<String> credited = new LinkedHashSet<>();
        for (Evidence evidence : finding.evidence()) {
            if (evidence.kind() != kind) {
                continue;
            }
            credited.addAll(List.of(evidence.patternId().split("\\+")));
            if (evidence.note().startsWith(WEAKENED_BY)) {
                credited.add(evidence.note().substring(WEAKENED_BY.length()));
            }
        }
        return credited;
    }

    /** Every pattern of a rule, id to list name, in playbook order. */
    private static Map<String, String> patternLists(Rule rule) {
        Map<String, String> patterns = new LinkedHashMap<>();
        rule.satisfied().forEach(p -> patterns.putIfAbsent(p.id(), "satisfied"));
        rule.weak().forEach(p -> patterns.putIfAbsent(p.id(), "weak"));
        rule.contrary().forEach(p -> patterns.putIfAbsent(p.id(), "contrary"));
        rule.weakening().forEach(p -> patterns.putIfAbsent(p.id(), "weakening"));
        return patterns;
    }

    private static Set<String> ids(List<RulePattern> patterns) {
        Set<String> ids = new LinkedHashSet<>();
        patterns.forEach(p -> ids.add(p.id()));
        return ids;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return union;
    }
}
