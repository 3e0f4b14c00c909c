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
import org.clausecheck.analyze.match.MatchOutcome;
import org.clausecheck.analyze.match.MatchTrace;
import org.clausecheck.analyze.match.RuleEvaluator;
import org.clausecheck.analyze.match.RuleTrace;
import org.clausecheck.analyze.match.index.PatternCompiler;
import org.clausecheck.analyze.parties.DefinedTerm;
import org.clausecheck.analyze.parties.DefinedTermReader;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.PartyResolver;
import org.clausecheck.analyze.parties.RoleMention;
import org.clausecheck.analyze.parties.RoleNormalizer;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookException;
import org.clausecheck.analyze.playbook.PlaybookValidator;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.RulePattern;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.analyze.template.TemplateAnalysis;
import org.clausecheck.extract.ExtractedDocument;

/**
 * Explains one rule in one contract for {@code clausecheck playbook explain}: the document is read as
 * {@code ContractAnalyzer} reads it (structure, parties, agreed text of a template, defined terms), the rule is
 * evaluated with its trace ({@link RuleEvaluator#explain}), and each pattern is also tried with CUSTOMER and VENDOR
 * swapped, to show the sentences that say it of the other party.
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
        PlaybookValidator.validated(playbook);
        // The same steps, in the same order, as ContractAnalyzer.analyze: RuleExplainerTest compares the findings.
        String text = document.text();
        DocumentStructure structure = StructureBuilder.build(document);
        PartyResolution parties = PartyResolver.resolve(text, customerOverride);
        List<RoleMention> mentions = RoleNormalizer.mentions(text, parties);
        TemplateAnalysis template = TemplateAnalysis.index(document, structure, mentions);
        Map<String, DefinedTerm> definedTerms = DefinedTermReader.read(structure);

        RuleEvaluator evaluator = new RuleEvaluator(rule, playbook, new PatternCompiler(playbook.groups()));
        RuleTrace trace = template.explain(evaluator, structure, parties, definedTerms);
        List<MatchTrace> matches = new ArrayList<>(trace.matches());
        matches.addAll(otherDirection(rule, playbook, template, structure, parties, definedTerms, trace.matches()));

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
    private static List<MatchTrace> otherDirection(Rule rule, Playbook playbook, TemplateAnalysis template,
                                                   DocumentStructure structure, PartyResolution parties,
                                                   Map<String, DefinedTerm> definedTerms, List<MatchTrace> own) {
        Rule swappedRule = new Rule(rule.id(), rule.title(), rule.category(), rule.severity(), rule.rationale(),
                rule.headingHints(), swapped(rule.satisfied()), swapped(rule.weak()), swapped(rule.contrary()),
                swapped(rule.weakening()), rule.recommendation(), rule.examples(), rule.coverage());
        Map<String, String> groups = new TreeMap<>();
        playbook.groups().forEach((name, pattern) -> groups.put(name, swapRoles(pattern)));
        Playbook swappedPlaybook = new Playbook(playbook.version(), playbook.name(), playbook.examplePreamble(), groups,
                swapped(playbook.weakening()), List.of(swappedRule));
        RuleEvaluator evaluator = new RuleEvaluator(swappedRule, swappedPlaybook, new PatternCompiler(groups));
        RuleTrace swappedTrace = evaluator.explain(template.index(), structure, parties, definedTerms);
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
