package org.clausecheck.analyze.candidates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;

/**
 * Gives every MISSING finding up to {@link #LIMIT} passages shown as related, not judged. A rule that a category of
 * the candidate finder maps to is ranked by {@link #RANKING}: by default the classifier's and the similarity's
 * rankings fused (measured on core-dev's wrongly MISSING verdicts, see docs/playbook.md); any other rule by
 * {@link RuleSimilarity} alone.
 * The system property {@value #PROPERTY} ({@code classifier}, {@code similarity}, {@code fused} or {@code off})
 * chooses for the measurement.
 */
public final class RelatedPassages {

    public static final int LIMIT = 3;
    /** A passage shown scores at least this: below it, nothing in the sentence is like what the rule asks for. */
    static final double MIN_SCORE = 0.02;
    public static final String PROPERTY = "clausecheck.related";

    /** How the passages of a rule with classifier categories are ranked. */
    public enum Ranking { CLASSIFIER, SIMILARITY, FUSED, OFF }

    public static final Ranking RANKING = Ranking.valueOf(
            System.getProperty(PROPERTY, "fused").strip().toUpperCase(Locale.ROOT));

    /** Reciprocal rank fusion's constant: ranks, not scores, are fused, since the two scales differ. */
    private static final int FUSION_K = 60;

    private RelatedPassages() {
    }

    /**
     * The findings, each MISSING one with its related passages.
     *
     * @param similarities the similarity of each finding's rule, in the same order (built once per playbook:
     *                     {@link #similarities})
     */
    public static List<Finding> attach(List<Finding> findings, List<RuleSimilarity> similarities,
                                       DocumentCandidates candidates) {
        DocumentIndex index = candidates.index();
        DocumentStructure structure = candidates.structure();
        if (RANKING == Ranking.OFF) {
            return findings;
        }
        List<Finding> attached = new ArrayList<>(findings.size());
        SentenceStatistics statistics = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.status() != Status.MISSING) {
                attached.add(finding);
                continue;
            }
            RuleSimilarity similarity = similarities.get(i);
            if (statistics == null) {
                statistics = new SentenceStatistics(index, structure.sentences().size(), candidates::isHeadingOnly);
            }
            List<DocumentCandidates.Candidate> ranked;
            if (DocumentCandidates.covers(finding.ruleId()) && RANKING != Ranking.SIMILARITY) {
                ranked = RANKING == Ranking.FUSED
                        ? fused(candidates.closest(finding.ruleId(), LIMIT * 4), similarity.closest(statistics, structure,
                                LIMIT * 4))
                        : candidates.closest(finding.ruleId(), LIMIT);
            } else {
                ranked = similarity.closest(statistics, structure, LIMIT);
            }
            attached.add(finding.withRelated(ranked.stream().map(RelatedPassages::passage)
                    .filter(passage -> passage.score() >= MIN_SCORE).toList()));
        }
        return attached;
    }

    /** The similarity of each rule, in playbook order: what {@link #attach} needs, built once per playbook. */
    public static List<RuleSimilarity> similarities(List<Rule> rules) {
        return rules.stream().map(RuleSimilarity::new).toList();
    }

    /** Both rankings fused by reciprocal rank; each passage keeps the score of the ranking that placed it best. */
    static List<DocumentCandidates.Candidate> fused(List<DocumentCandidates.Candidate> first,
                                                    List<DocumentCandidates.Candidate> second) {
        Map<Integer, double[]> fusion = new LinkedHashMap<>();
        Map<Integer, DocumentCandidates.Candidate> best = new LinkedHashMap<>();
        for (List<DocumentCandidates.Candidate> ranking : List.of(first, second)) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                DocumentCandidates.Candidate candidate = ranking.get(rank);
                int sentence = candidate.sentence().index();
                fusion.computeIfAbsent(sentence, s -> new double[1])[0] += 1.0 / (FUSION_K + rank + 1);
                best.putIfAbsent(sentence, candidate);
            }
        }
        List<DocumentCandidates.Candidate> ranked = new ArrayList<>(best.values());
        ranked.sort((a, b) -> {
            int byFusion = Double.compare(fusion.get(b.sentence().index())[0], fusion.get(a.sentence().index())[0]);
            return byFusion != 0 ? byFusion : Integer.compare(a.sentence().index(), b.sentence().index());
        });
        return ranked.subList(0, Math.min(LIMIT, ranked.size()));
    }

    private static RelatedPassage passage(DocumentCandidates.Candidate candidate) {
        Sentence sentence = candidate.sentence();
        String basis = candidate.category().equals("similarity") ? "similarity" : "classifier:" + candidate.category();
        double score = Math.round(candidate.score() * 100) / 100.0;
        return new RelatedPassage(quote(sentence.text()), sentence.page(), sentence.sectionNumber(), sentence.heading(),
                sentence.start(), sentence.end(), score, basis);
    }

    /** As evidence quotes are cut: at a word boundary after {@value #MAX_QUOTE} characters. */
    static final int MAX_QUOTE = 600;

    static String quote(String sentence) {
        String text = sentence.strip();
        if (text.length() <= MAX_QUOTE) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_QUOTE);
        return text.substring(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE) + " ...";
    }
}
