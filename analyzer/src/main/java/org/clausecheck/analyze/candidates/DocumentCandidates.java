package org.clausecheck.analyze.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clausecheck.analyze.match.Scope;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.candidates.CandidateCategory;
import org.clausecheck.candidates.CandidateModel;
import org.clausecheck.candidates.Vocabulary;

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

    /** With the model shipped in clausecheck; nothing is read or scored until a ranking is asked for. */
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
        return withoutHeadings(ranked(CandidateCategories.forRule(ruleId), true));
    }

    /** As {@link #candidates(String)}, from the categories whose candidates go before the rules only. */
    public List<Candidate> judgedCandidates(String ruleId) {
        return withoutHeadings(ranked(CandidateCategories.forRule(ruleId).stream()
                .filter(CandidateCategories.Category::judged).toList(), true));
    }

    private List<Candidate> withoutHeadings(List<Candidate> ranked) {
        return ranked.stream().filter(c -> !isHeadingOnly(c.sentence())).toList();
    }

    /** The {@code limit} sentences closest to the rule, best first, whatever their score. */
    public List<Candidate> closest(String ruleId, int limit) {
        List<int[]> slots = slots(CandidateCategories.forRule(ruleId));
        List<Candidate> closest = new ArrayList<>(limit);
        if (slots.isEmpty()) {
            return closest;
        }
        double[][] all = allScores();
        double[] best = new double[all.length];
        int[] bestSlot = new int[all.length];
        for (int sentence = 0; sentence < all.length; sentence++) {
            for (int[] slot : slots) {
                if (all[sentence][slot[0]] > best[sentence]) {
                    best[sentence] = all[sentence][slot[0]];
                    bestSlot[sentence] = slot[0];
                }
            }
        }
        // A clause title is never a candidate: the best few are read, and more only while titles are among them.
        for (int wanted = limit; closest.size() < limit; wanted *= 4) {
            closest.clear();
            int[] top = TopScores.select(best, wanted);
            for (int i = 0; i < top.length && closest.size() < limit; i++) {
                Sentence sentence = structure.sentences().get(top[i]);
                if (!isHeadingOnly(sentence)) {
                    closest.add(new Candidate(sentence, model.categories().get(bestSlot[top[i]]).id(), best[top[i]]));
                }
            }
            if (top.length < wanted) {
                break;
            }
        }
        return closest;
    }

    /** Whether a sentence is a clause title standing alone: never a candidate. Remembered with the index. */
    public boolean isHeadingOnly(Sentence sentence) {
        return Scope.isHeadingOnly(index, sentence);
    }

    /** Every category's probability for a sentence, in the model's order. */
    public double[] scores(int sentence) {
        return allScores()[sentence];
    }

    public CandidateModel model() {
        return model;
    }

    public DocumentIndex index() {
        return index;
    }

    public DocumentStructure structure() {
        return structure;
    }

    /** The model slot of each category the model knows. */
    private List<int[]> slots(List<CandidateCategories.Category> categories) {
        List<int[]> slots = new ArrayList<>();
        for (CandidateCategories.Category category : categories) {
            int slot = model.indexOf(category.id());
            if (slot >= 0) {
                slots.add(new int[] {slot});
            }
        }
        return slots;
    }

    private List<Candidate> ranked(List<CandidateCategories.Category> categories, boolean aboveThreshold) {
        List<int[]> slots = slots(categories);
        List<Candidate> ranked = new ArrayList<>();
        if (slots.isEmpty()) {
            return ranked;
        }
        double[][] all = allScores();
        for (Sentence sentence : structure.sentences()) {
            double[] sentenceScores = all[sentence.index()];
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

    /** Per sentence the scores of every category. */
    private double[][] allScores() {
        if (scores == null) {
            SentenceTerms terms = new SentenceTerms(index, structure);
            Vocabulary.DocumentLookup lookup = model.vocabulary().lookup();
            List<Sentence> sentences = structure.sentences();
            scores = new double[sentences.size()][];
            for (Sentence sentence : sentences) {
                scores[sentence.index()] = model.scores(lookup, terms.terms(sentence.index()),
                        terms.heading(sentence.index()));
            }
        }
        return scores;
    }
}
