package org.clausecheck.analyze.explain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.ContractReading;
import org.clausecheck.analyze.match.MatchOutcome;
import org.clausecheck.analyze.match.MatchTrace;
import org.clausecheck.analyze.match.RuleEvaluator;
import org.clausecheck.analyze.match.RuleTrace;
import org.clausecheck.analyze.match.index.PatternCompiler;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookException;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.RulePattern;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.extract.ExtractedDocument;

/**
 * Explains one rule in one contract for {@code clausecheck playbook explain}: the document is read by the same
 * {@link ContractReading} and the rule judged by the same evaluator as {@code check} ({@link ContractAnalyzer}), with
 * its trace ({@link RuleEvaluator#explain}); each pattern is also tried with CUSTOMER and VENDOR swapped, to show the
 * sentences that say it of the other party.
 */
public final class RuleExplainer {

    private static final Pattern ROLE_TOKEN = Pattern.compile("\\b(CUSTOMER|VENDOR)\\b");

    private RuleExplainer() {
    }

    /**
     * @param customerOverride the user's --customer, or null
     * @throws PlaybookException when the playbook has no rule {@code ruleId}
     */
    public static RuleExplanation explain(ExtractedDocument document, Playbook playbook, String ruleId,
                                          String customerOverride) {
        Rule rule = playbook.rule(ruleId).orElseThrow(() -> new PlaybookException("unknown rule id '" + ruleId + "'"));
        // check's own reading and evaluator, so that the explanation cannot disagree with check's verdict
        RuleEvaluator evaluator = new ContractAnalyzer().evaluator(playbook, rule);
        ContractReading reading = ContractReading.read(document, customerOverride);
        DocumentStructure structure = reading.structure();
        PartyResolution parties = reading.parties();
        RuleTrace trace = reading.explain(evaluator);
        List<MatchTrace> matches = new ArrayList<>(trace.matches());
        matches.addAll(otherDirection(rule, playbook, reading, trace.matches()));

        Map<Integer, List<MatchTrace>> bySentence = new TreeMap<>();
        for (MatchTrace match : matches) {
            bySentence.computeIfAbsent(match.sentence(), s -> new ArrayList<>()).add(match);
        }
        List<SentenceMatches> sentences = new ArrayList<>();
        bySentence.forEach((sentence, traced) -> sentences.add(
                new SentenceMatches(structure.sentences().get(sentence), distinct(traced))));
        return new RuleExplanation(document.source().toString(), rule, parties, trace.finding(), sentences,
                trace.weakeners());
    }

    /** One entry per pattern, outcome, kind and detail, in the order the evaluator judged them. */
    private static List<MatchTrace> distinct(List<MatchTrace> matches) {
        Map<String, MatchTrace> seen = new LinkedHashMap<>();
        for (MatchTrace match : matches) {
            seen.putIfAbsent(match.patternId() + "|" + match.patternKind() + "|" + match.outcome() + "|"
                    + match.evidence() + "|" + match.detail(), match);
        }
        return List.copyOf(seen.values());
    }

    /**
     * Evidence the rule's patterns would find with CUSTOMER and VENDOR swapped, in sentences where the pattern itself
     * matches nothing: the sentence says it of the other party ("Client assigns to Supplier ..." for a rule that
     * wants the vendor to assign).
     */
    private static List<MatchTrace> otherDirection(Rule rule, Playbook playbook, ContractReading reading,
                                                   List<MatchTrace> own) {
        Rule swappedRule = new Rule(rule.id(), rule.title(), rule.category(), rule.severity(), rule.rationale(),
                rule.headingHints(), swapped(rule.satisfied()), swapped(rule.weak()), swapped(rule.contrary()),
                swapped(rule.weakening()), rule.recommendation(), rule.examples(), rule.coverage());
        Map<String, String> groups = new TreeMap<>();
        playbook.groups().forEach((name, pattern) -> groups.put(name, swapRoles(pattern)));
        Playbook swappedPlaybook = new Playbook(playbook.version(), playbook.name(), playbook.examplePreamble(), groups,
                swapped(playbook.weakening()), List.of(swappedRule));
        RuleEvaluator evaluator = new RuleEvaluator(swappedRule, swappedPlaybook, new PatternCompiler(groups));
        RuleTrace swappedTrace = evaluator.explain(reading.template().index(), reading.structure(), reading.parties(),
                reading.definedTerms());
        Set<String> matchedItself = new HashSet<>();
        for (MatchTrace match : own) {
            matchedItself.add(match.patternId() + "/" + match.sentence());
        }
        Set<String> reported = new LinkedHashSet<>();
        List<MatchTrace> other = new ArrayList<>();
        for (MatchTrace match : swappedTrace.matches()) {
            String key = match.patternId() + "/" + match.sentence();
            if (match.outcome() == MatchOutcome.EVIDENCE && !matchedItself.contains(key) && reported.add(key)) {
                other.add(new MatchTrace(match.patternId(), match.patternKind(), match.sentence(),
                        MatchOutcome.OTHER_DIRECTION, null, "with customer and vendor swapped it would be "
                        + match.evidence().name().toLowerCase(Locale.ROOT) + " evidence: said of the other party"));
            }
        }
        return other;
    }

    private static List<RulePattern> swapped(List<RulePattern> patterns) {
        return patterns.stream().map(p -> new RulePattern(p.id(), swapRoles(p.match()),
                p.unless() == null ? null : swapRoles(p.unless()), p.headings(), p.negation(), p.definitions(),
                p.unlessScope(), p.description())).toList();
    }

    /** CUSTOMER for VENDOR and VENDOR for CUSTOMER; PARTY (either) stays. */
    static String swapRoles(String pattern) {
        Matcher role = ROLE_TOKEN.matcher(pattern);
        StringBuilder swapped = new StringBuilder();
        while (role.find()) {
            role.appendReplacement(swapped, role.group(1).equals("CUSTOMER") ? "VENDOR" : "CUSTOMER");
        }
        role.appendTail(swapped);
        return swapped.toString();
    }
}
