package org.clausecheck.analyze.candidates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.match.RelaxedPatterns;
import org.clausecheck.analyze.match.Scope;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;

/**
 * The candidate finder in front of the rules: when a rule the finder covers found nothing (MISSING), each sentence the
 * finder scores above a category's threshold is judged by the rule: in scope (no definition, recital or title), not
 * negated, and holding the words of one of the rule's satisfying patterns and of none of its contrary ones
 * ({@link RelaxedPatterns}). A sentence that passes is WEAK evidence, cited like any other, with a note saying what
 * found it. A candidate never makes a finding MET, and a finding that is not MISSING is left as it is.
 *
 * <p>Only the categories marked {@code judged} in {@link CandidateCategories} go before the rules, where it measured
 * better (docs/playbook.md). The system property {@value #PROPERTY}{@code =off} switches it off, for the measurement.
 */
public final class CandidateJudge {

    public static final String PROPERTY = "clausecheck.candidates";

    private final Playbook playbook;
    /** Each rule's patterns relaxed to bags of words, by rule id: compiled once per playbook. */
    private final Map<String, RelaxedPatterns> relaxed;

    /** A judge for this playbook's rules. Immutable, so thread-safe. */
    public CandidateJudge(Playbook playbook) {
        this.playbook = playbook;
        Map<String, RelaxedPatterns> patterns = new HashMap<>();
        for (Rule rule : playbook.rules()) {
            patterns.put(rule.id(), new RelaxedPatterns(playbook, rule));
        }
        this.relaxed = Map.copyOf(patterns);
    }

    public static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getProperty(PROPERTY, "judge").strip());
    }

    /** The findings, each MISSING one of a judged category's rule reviewed with its candidates (unless off). */
    public List<Finding> review(List<Finding> findings, DocumentCandidates candidates) {
        if (!enabled()) {
            return findings;
        }
        List<Finding> reviewed = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Rule rule = playbook.rules().get(i);
            if (finding.status() == Status.MISSING && CandidateCategories.forRule(rule.id()).stream()
                    .anyMatch(CandidateCategories.Category::judged)) {
                finding = review(finding, rule, candidates.judgedCandidates(rule.id()), candidates.index(),
                        candidates.structure());
            }
            reviewed.add(finding);
        }
        return reviewed;
    }

    /** A MISSING finding with the candidates the rule holds as WEAK evidence; WEAK when there is any. */
    public Finding review(Finding finding, Rule rule, List<DocumentCandidates.Candidate> candidates,
                          DocumentIndex index, DocumentStructure structure) {
        if (finding.status() != Status.MISSING || candidates.isEmpty()) {
            return finding;
        }
        RelaxedPatterns relaxed = this.relaxed.get(rule.id());
        List<Evidence> evidence = new ArrayList<>();
        for (DocumentCandidates.Candidate candidate : candidates) {
            Sentence sentence = candidate.sentence();
            if (Scope.isHeadingOnly(sentence) || Scope.outOfScope(sentence) != null
                    || RelaxedPatterns.negated(index, sentence.index())) {
                continue;
            }
            String pattern = relaxed.heldBy(index, sentence.index());
            if (pattern != null) {
                evidence.add(new Evidence(EvidenceKind.WEAK, "candidate+" + pattern,
                        RelatedPassages.quote(sentence.text()), sentence.page(), sentence.sectionNumber(),
                        sentence.heading(), sentence.start(), sentence.end(), String.format(Locale.ROOT,
                        "candidate finder, %s %.2f: the words of the pattern, not its order", candidate.category(),
                        candidate.score())));
            }
        }
        if (evidence.isEmpty()) {
            return finding;
        }
        evidence.sort(Evidence.ORDER);
        List<String> reasons = new ArrayList<>(finding.reasons());
        reasons.add(evidence.size() + " sentence" + (evidence.size() > 1 ? "s" : "") + " of the candidate finder hold"
                + (evidence.size() > 1 ? "" : "s") + " the words of a satisfying pattern out of its order: WEAK until"
                + " a reviewer reads " + (evidence.size() > 1 ? "them" : "it") + "; a candidate alone is never MET");
        return new Finding(finding.ruleId(), Status.WEAK, 0.5, reasons, evidence, finding.recommendation());
    }
}
