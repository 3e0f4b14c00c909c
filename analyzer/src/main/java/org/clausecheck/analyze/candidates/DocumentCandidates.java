package org.clausecheck.analyze.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clausecheck.analyze.match.DocumentIndex;
import org.clausecheck.analyze.match.Scope;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.candidates.CandidateCategory;
import org.clausecheck.candidates.CandidateModel;

/**
 * The candidate finder's view of one document: every sentence scored once, on first use, for every category; then
 * per playbook rule the sentences above a category's threshold (candidates the rule may judge) or the closest ones.
 * A clause title standing alone is never a candidate. Not thread-safe: one per document analysis.
 */
public final class DocumentCandidates {

    /**
     * A sentence the finder ranks for a rule.
     *
     * @param sentence the sentence
     * @param category the category that scored it highest among the rule's
     * @param score    that category's probability
     */
    public record Candidate(Sentence sentence, String category, double score) {
    }

    /** Best score first; equal scores in document order. */
    static final Comparator<Candidate> RANKING = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingInt(c -> c.sentence().index());

    private final CandidateModel model;
    private final DocumentIndex index;
    private final DocumentStructure structure;
    private double[][] scores;

    public DocumentCandidates(CandidateModel model, DocumentIndex index, DocumentStructure structure) {
        this.model = model;
        this.index = index;
        this.structure = structure;
    }

    /** With the model shipped in clausecheck. */
    public static DocumentCandidates of(DocumentIndex index, DocumentStructure structure) {
        return new DocumentCandidates(CandidateModel.shipped(), index, structure);
    }

    /** Whether any category finds candidates for the rule. */
    public static boolean covers(String ruleId) {
        return !CandidateCategories.forRule(ruleId).isEmpty();
    }

    /**
     * The sentences whose score reaches the threshold of one of the rule's categories, best first: the candidates
     * for the rule to judge. Empty for a rule no category maps to.
     */
    public List<Candidate> candidates(String ruleId) {
        return ranked(CandidateCategories.forRule(ruleId), true);
    }

    /** As {@link #candidates(String)}, from the categories whose candidates go before the rules only. */
    public List<Candidate> judgedCandidates(String ruleId) {
        return ranked(CandidateCategories.forRule(ruleId).stream().filter(CandidateCategories.Category::judged)
                .toList(), true);
    }

    /** The {@code limit} sentences closest to the rule, best first, whatever their score. */
    public List<Candidate> closest(String ruleId, int limit) {
        List<Candidate> ranked = ranked(CandidateCategories.forRule(ruleId), false);
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** Every category's probability for a sentence, in the model's order. */
    public double[] scores(int sentence) {
        return allScores()[sentence];
    }

    public CandidateModel model() {
        return model;
    }

    private List<Candidate> ranked(List<CandidateCategories.Category> categories, boolean aboveThreshold) {
        List<int[]> slots = new ArrayList<>(); // model slot of each of the rule's categories
        for (CandidateCategories.Category category : categories) {
            int slot = model.indexOf(category.id());
            if (slot >= 0) {
                slots.add(new int[] {slot});
            }
        }
        List<Candidate> ranked = new ArrayList<>();
        if (slots.isEmpty()) {
            return ranked;
        }
        double[][] all = allScores();
        for (Sentence sentence : structure.sentences()) {
            double[] sentenceScores = all[sentence.index()];
            if (sentenceScores == null) {
                continue;
            }
            int best = -1;
            for (int[] slot : slots) {
                CandidateCategory category = model.categories().get(slot[0]);
                double score = sentenceScores[slot[0]];
                if ((!aboveThreshold || score >= category.threshold()) && (best < 0 || score > sentenceScores[best])) {
                    best = slot[0];
                }
            }
            if (best >= 0) {
                ranked.add(new Candidate(sentence, model.categories().get(best).id(), sentenceScores[best]));
            }
        }
        ranked.sort(RANKING);
        return ranked;
    }

    /** Per sentence the scores of every category; null for a clause title standing alone. */
    private double[][] allScores() {
        if (scores == null) {
            SentenceTerms terms = new SentenceTerms(index, structure);
            List<Sentence> sentences = structure.sentences();
            scores = new double[sentences.size()][];
            for (Sentence sentence : sentences) {
                if (!Scope.isHeadingOnly(sentence)) {
                    scores[sentence.index()] = model.scores(terms.terms(sentence.index()),
                            terms.heading(sentence.index()));
                }
            }
        }
        return scores;
    }
}
