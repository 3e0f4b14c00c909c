package org.clausecheck.eval.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.match.RuleEvaluator;
import org.clausecheck.analyze.match.index.PatternCompiler;
import org.clausecheck.analyze.match.index.PatternMatches;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookException;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.RulePattern;

/**
 * Every unit of a playbook (pattern, group, vocabulary entry) with the playbook that lacks it, judged on one
 * document at a time against the verdicts of the whole playbook.
 *
 * <p>Cost is kept to what can change: a unit is judged again only in a document where it can make a difference (a
 * pattern or weakener that gave evidence there, a group or entry that matches there: an alternative without a
 * match adds nothing to any combination), only for the rules that use it; each variant is compiled once, and
 * shares with the playbook's own compiler every pattern it leaves as it was, so that a document's match cache
 * serves those.
 */
final class Ablations {

    /** What one unit changed in one document. */
    record Outcome(ProbeUnit unit, boolean fires, List<Change> changes) {
    }

    /** A rule whose status in a document changes without the unit. */
    record Change(String ruleId, Status from, Status to) {
    }

    private static final String WEAKENED_BY = "weakened by ";

    private final Playbook playbook;
    private final PatternCompiler compiler;
    private final Map<String, RuleEvaluator> evaluators = new LinkedHashMap<>();
    private final List<Planned> planned = new ArrayList<>();

    /** A unit, where it can make a difference, which rules it touches, and the variant without it. */
    private final class Planned {
        final ProbeUnit unit;
        final Predicate<Judged> applies;
        final Set<String> rules;
        final Supplier<Map<String, RuleEvaluator>> build;
        Map<String, RuleEvaluator> variant;

        Planned(ProbeUnit unit, Predicate<Judged> applies, Set<String> rules,
                Supplier<Map<String, RuleEvaluator>> build) {
            this.unit = unit;
            this.applies = applies;
            this.rules = rules;
            this.build = build;
        }

        Map<String, RuleEvaluator> variant() {
            if (variant == null) {
                variant = build.get();
            }
            return variant;
        }
    }

    /** A document with the whole playbook's findings and what each rule credited as evidence. */
    private record Judged(PreparedDocument document, Map<String, Finding> findings, Map<String, Set<String>> credited) {
    }

    Ablations(Playbook playbook) {
        this.playbook = playbook;
        this.compiler = new PatternCompiler(playbook.groups());
        try {
            for (Rule rule : playbook.rules()) {
                evaluators.put(rule.id(), new RuleEvaluator(rule, playbook, compiler));
            }
            plan();
        } catch (IllegalArgumentException e) {
            throw new PlaybookException("playbook " + playbook.name() + ": " + e.getMessage(), e);
        }
    }

    /** Every unit, in playbook order: each rule's patterns and their entries, the shared weakeners, the groups. */
    List<ProbeUnit> units() {
        return planned.stream().map(p -> p.unit).toList();
    }

    /** The playbook's own findings on a document, rule by rule. */
    Map<String, Finding> findings(PreparedDocument document) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        evaluators.forEach((id, evaluator) -> findings.put(id, evaluate(evaluator, document)));
        return findings;
    }

    /** What every unit that can make a difference in this document changes there, in unit order. */
    List<Outcome> judge(PreparedDocument document) {
        Map<String, Finding> findings = findings(document);
        Map<String, Set<String>> credited = new HashMap<>();
        findings.forEach((id, finding) -> credited.put(id, credited(finding)));
        Judged judged = new Judged(document, findings, credited);
        List<Outcome> outcomes = new ArrayList<>();
        for (Planned unit : planned) {
            if (!unit.applies.test(judged)) {
                continue;
            }
            boolean fires = false;
            List<Change> changes = new ArrayList<>();
            Map<String, RuleEvaluator> variant = unit.variant();
            for (String ruleId : unit.rules) {
                Finding without = evaluate(variant.get(ruleId), document);
                Finding with = findings.get(ruleId);
                fires |= !credited(without).equals(credited.get(ruleId));
                if (without.status() != with.status()) {
                    changes.add(new Change(ruleId, with.status(), without.status()));
                }
            }
            outcomes.add(new Outcome(unit.unit, fires, changes));
        }
        return outcomes;
    }

    private static Finding evaluate(RuleEvaluator evaluator, PreparedDocument document) {
        return evaluator.evaluate(document.index(), document.structure(), document.parties(), document.definedTerms());
    }

    /**
     * What a finding rests on, pattern by pattern: each pattern credited with a sentence of evidence (several share
     * one item as "a+b"), its kind, and the weakener that weakened it.
     */
    private static Set<String> credited(Finding finding) {
        Set<String> credited = new HashSet<>();
        for (Evidence evidence : finding.evidence()) {
            for (String pattern : evidence.patternId().split("\\+")) {
                credited.add(pattern + "|" + evidence.start() + "|" + evidence.kind() + "|" + evidence.note());
            }
        }
        return credited;
    }

    private static boolean creditsPattern(Finding finding, String patternId) {
        for (Evidence evidence : finding.evidence()) {
            for (String pattern : evidence.patternId().split("\\+")) {
                if (pattern.equals(patternId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean creditsWeakener(Finding finding, String weakenerId) {
        return finding.evidence().stream().anyMatch(e -> e.note().equals(WEAKENED_BY + weakenerId));
    }

    private void plan() {
        for (Rule rule : playbook.rules()) {
            for (String list : List.of("satisfied", "weak", "contrary", "weakening")) {
                for (RulePattern pattern : patterns(rule, list)) {
                    planRulePattern(rule, list, pattern);
                }
            }
        }
        for (RulePattern pattern : playbook.weakening()) {
            planSharedWeakener(pattern);
        }
        for (Map.Entry<String, String> group : playbook.groups().entrySet()) {
            planGroup(group.getKey(), group.getValue());
        }
    }

    private void planRulePattern(Rule rule, String list, RulePattern pattern) {
        ProbeUnit unit = ProbeUnit.pattern(rule.id(), list, pattern.id());
        Set<String> rules = Set.of(rule.id());
        Predicate<Judged> credited = list.equals("weakening")
                ? judged -> creditsWeakener(judged.findings().get(rule.id()), pattern.id())
                : judged -> creditsPattern(judged.findings().get(rule.id()), pattern.id());
        planned.add(new Planned(unit, credited, rules,
                () -> Map.of(rule.id(), new RuleEvaluator(replaced(rule, list, pattern, null), playbook, compiler))));
        for (Entry entry : entries(pattern)) {
            RulePattern without = entry.part().equals("match") ? withMatch(pattern, entry.without())
                    : withUnless(pattern, entry.without());
            planned.add(new Planned(ProbeUnit.entry(unit, entry.part(), entry.alternative()), matches(entry.text()), rules,
                    () -> Map.of(rule.id(), new RuleEvaluator(replaced(rule, list, pattern, without), playbook,
                            compiler))));
        }
    }

    private void planSharedWeakener(RulePattern pattern) {
        ProbeUnit unit = ProbeUnit.pattern("", "weakening", pattern.id());
        Set<String> rules = allRules();
        planned.add(new Planned(unit, judged -> judged.findings().values().stream()
                .anyMatch(finding -> creditsWeakener(finding, pattern.id())), rules,
                () -> evaluatorsFor(sharedWeakeningReplaced(pattern, null), compiler, rules)));
        for (Entry entry : entries(pattern)) {
            RulePattern without = entry.part().equals("match") ? withMatch(pattern, entry.without())
                    : withUnless(pattern, entry.without());
            planned.add(new Planned(ProbeUnit.entry(unit, entry.part(), entry.alternative()), matches(entry.text()), rules,
                    () -> evaluatorsFor(sharedWeakeningReplaced(pattern, without), compiler, rules)));
        }
    }

    private void planGroup(String name, String definition) {
        ProbeUnit unit = ProbeUnit.group(name);
        Set<String> rules = rulesUsing(name);
        planned.add(new Planned(unit, matches("@" + name), rules,
                () -> evaluatorsFor(playbook, compiler.variant(Map.of(), Set.of(name)), rules)));
        for (Entry entry : entries(definition, "group")) {
            planned.add(new Planned(ProbeUnit.entry(unit, "group", entry.alternative()), matches(entry.text()), rules,
                    () -> evaluatorsFor(playbook, compiler.variant(Map.of(name, entry.without()), Set.of()), rules)));
        }
    }

    private Predicate<Judged> matches(String pattern) {
        return judged -> PatternMatches.anywhere(judged.document().index(), compiler, pattern);
    }

    private Map<String, RuleEvaluator> evaluatorsFor(Playbook variant, PatternCompiler variantCompiler, Set<String> rules) {
        Map<String, RuleEvaluator> built = new HashMap<>();
        for (Rule rule : variant.rules()) {
            if (rules.contains(rule.id())) {
                built.put(rule.id(), new RuleEvaluator(rule, variant, variantCompiler));
            }
        }
        return built;
    }

    private Set<String> allRules() {
        Set<String> rules = new LinkedHashSet<>();
        playbook.rules().forEach(rule -> rules.add(rule.id()));
        return rules;
    }

    /** The rules that use a group, directly or through other groups; all of them when a shared weakener does. */
    private Set<String> rulesUsing(String group) {
        Set<String> using = new HashSet<>(Set.of(group));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Map.Entry<String, String> other : playbook.groups().entrySet()) {
                if (!using.contains(other.getKey()) && refersTo(other.getValue(), using)) {
                    using.add(other.getKey());
                    grew = true;
                }
            }
        }
        for (RulePattern shared : playbook.weakening()) {
            if (refersTo(shared.match(), using) || shared.unless() != null && refersTo(shared.unless(), using)) {
                return allRules();
            }
        }
        Set<String> rules = new LinkedHashSet<>();
        for (Rule rule : playbook.rules()) {
            List<String> texts = new ArrayList<>();
            for (String list : List.of("satisfied", "weak", "contrary", "weakening")) {
                for (RulePattern pattern : patterns(rule, list)) {
                    texts.add(pattern.match());
                    if (pattern.unless() != null) {
                        texts.add(pattern.unless());
                    }
                }
            }
            if (rule.coverage() != null) {
                texts.add(rule.coverage().appliesWhen());
                texts.add(rule.coverage().reaches());
            }
            if (texts.stream().anyMatch(text -> refersTo(text, using))) {
                rules.add(rule.id());
            }
        }
        return rules;
    }

    private static boolean refersTo(String pattern, Set<String> groups) {
        return PatternText.read(pattern).groups().stream().anyMatch(groups::contains);
    }

    /** An alternative of a pattern's match or exception (or of a group), and the text without it. */
    private record Entry(String part, PatternText.Alternative alternative, String without) {
        String text() {
            return alternative.text();
        }
    }

    private static List<Entry> entries(RulePattern pattern) {
        List<Entry> entries = new ArrayList<>(entries(pattern.match(), "match"));
        if (pattern.unless() != null) {
            entries.addAll(entries(pattern.unless(), "unless"));
        }
        return entries;
    }

    /**
     * The distinct alternatives of a text's any() lists, each with the text without it: a word written twice in one
     * list is one entry, left out in both places (leaving out one copy would show nothing).
     */
    private static List<Entry> entries(String text, String part) {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PatternText.Alternative alternative : PatternText.read(text).alternatives()) {
            String normalised = normalised(alternative.text());
            if (!seen.add(alternative.list() + "|" + normalised)) {
                continue;
            }
            String without = text;
            for (PatternText.Alternative copy = alternative; copy != null; ) {
                PatternText current = PatternText.read(without);
                without = current.without(copy);
                copy = PatternText.read(without).alternatives().stream()
                        .filter(a -> a.list() == alternative.list() && normalised(a.text()).equals(normalised))
                        .findFirst().orElse(null);
            }
            entries.add(new Entry(part, alternative, without));
        }
        return entries;
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static List<RulePattern> patterns(Rule rule, String list) {
        return switch (list) {
            case "satisfied" -> rule.satisfied();
            case "weak" -> rule.weak();
            case "contrary" -> rule.contrary();
            case "weakening" -> rule.weakening();
            default -> throw new IllegalArgumentException(list);
        };
    }

    /** The rule with one pattern of one list replaced, or left out when {@code replacement} is null. */
    private static Rule replaced(Rule rule, String list, RulePattern pattern, RulePattern replacement) {
        List<List<RulePattern>> lists = new ArrayList<>();
        for (String name : List.of("satisfied", "weak", "contrary", "weakening")) {
            List<RulePattern> patterns = new ArrayList<>(patterns(rule, name));
            if (name.equals(list)) {
                int at = patterns.indexOf(pattern);
                if (replacement == null) {
                    patterns.remove(at);
                } else {
                    patterns.set(at, replacement);
                }
            }
            lists.add(patterns);
        }
        return new Rule(rule.id(), rule.title(), rule.category(), rule.severity(), rule.rationale(), rule.headingHints(),
                lists.get(0), lists.get(1), lists.get(2), lists.get(3), rule.recommendation(), rule.examples(),
                rule.coverage());
    }

    private Playbook sharedWeakeningReplaced(RulePattern pattern, RulePattern replacement) {
        List<RulePattern> weakening = new ArrayList<>(playbook.weakening());
        int at = weakening.indexOf(pattern);
        if (replacement == null) {
            weakening.remove(at);
        } else {
            weakening.set(at, replacement);
        }
        return new Playbook(playbook.version(), playbook.name(), playbook.examplePreamble(), playbook.groups(),
                weakening, playbook.rules());
    }

    private static RulePattern withMatch(RulePattern pattern, String match) {
        return new RulePattern(pattern.id(), match, pattern.unless(), pattern.headings(), pattern.negation(),
                pattern.definitions(), pattern.unlessScope(), pattern.description());
    }

    private static RulePattern withUnless(RulePattern pattern, String unless) {
        return new RulePattern(pattern.id(), pattern.match(), unless, pattern.headings(), pattern.negation(),
                pattern.definitions(), pattern.unlessScope(), pattern.description());
    }
}
