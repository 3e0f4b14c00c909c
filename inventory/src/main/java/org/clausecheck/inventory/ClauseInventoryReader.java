package org.clausecheck.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.clausecheck.analyze.candidates.SentenceTerms;
import org.clausecheck.analyze.inventory.Citation;
import org.clausecheck.analyze.inventory.ClauseInventory;
import org.clausecheck.analyze.inventory.InventoryClause;
import org.clausecheck.analyze.inventory.InventoryInput;
import org.clausecheck.analyze.inventory.InventoryReader;
import org.clausecheck.analyze.inventory.KeyTerms;
import org.clausecheck.analyze.match.Scope;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.candidates.CandidateModel;
import org.clausecheck.candidates.Vocabulary;
import org.clausecheck.inventory.keyterms.KeyTermReader;

/**
 * A document's clause inventory: every sentence scored once for all 33 categories; a category is in the contract
 * when its best sentence reaches the category's contract threshold, and its evidence is the best sentences from
 * that threshold on, among the sentences that hold the category's {@link Gate} words. The categories that words decide better ({@link WordRule}) are decided by their words instead,
 * with the sentences that hold them as evidence. Key terms come from the key-term reader. Thread-safe.
 */
public final class ClauseInventoryReader implements InventoryReader {

    /** Sentences quoted per category, best first. */
    static final int EVIDENCE_PER_CATEGORY = 3;
    /** The confidence of a word rule's match: the words are specific, but a rule knows no context. */
    static final double WORD_RULE_CONFIDENCE = 0.8;

    private final InventoryModel model;
    private final WordRule[] wordRules;
    private final Gate[] gates;
    private final Function<InventoryInput, KeyTerms> keyTerms;

    public ClauseInventoryReader(InventoryModel model, List<WordRule> wordRules, List<Gate> gates,
                                 Function<InventoryInput, KeyTerms> keyTerms) {
        this.model = model;
        this.gates = Gate.byCategory(gates, model.names());
        this.wordRules = new WordRule[model.names().size()];
        for (WordRule rule : wordRules) {
            this.wordRules[model.names().indexOf(rule.category())] = rule;
        }
        this.keyTerms = keyTerms;
    }

    /** The shipped model and key-term reader. */
    public static ClauseInventoryReader shipped() {
        return new ClauseInventoryReader(InventoryModel.shipped(), WordRule.shipped(), Gate.shipped(),
                KeyTermReader::read);
    }

    @Override
    public ClauseInventory read(InventoryInput input) {
        return new ClauseInventory(clauses(input), keyTerms.apply(input));
    }

    private record Scored(Sentence sentence, double score) {
    }

    /**
     * How far the best sentence stands above the category's threshold, from 0.5 at the threshold to 1: the models'
     * probabilities are weighted towards the rare positive class and are not comparable between categories.
     */
    private double confidence(double score, int category) {
        if (wordRules[category] != null) {
            return score;
        }
        double threshold = model.contractThreshold(category);
        return threshold >= 1 ? 1 : 0.5 + 0.5 * Math.max(0, score - threshold) / (1 - threshold);
    }

    List<InventoryClause> clauses(InventoryInput input) {
        CandidateModel sentences = model.sentences();
        int count = model.names().size();
        List<List<Scored>> above = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            above.add(new ArrayList<>());
        }
        SentenceTerms terms = new SentenceTerms(input.index(), input.structure());
        Vocabulary.DocumentLookup lookup = sentences.vocabulary().lookup();
        for (Sentence sentence : input.structure().sentences()) {
            if (Scope.isHeadingOnly(input.index(), sentence)) {
                continue; // a title alone is never evidence
            }
            double[] scores = sentences.scores(lookup, terms.terms(sentence.index()), terms.heading(sentence.index()));
            String lowerCase = sentence.text().toLowerCase(Locale.ROOT);
            String normalised = null;
            for (int c = 0; c < count; c++) {
                if (wordRules[c] == null) {
                    if (scores[c] >= model.contractThreshold(c) && (gates[c] == null || gates[c].admits(lowerCase))) {
                        above.get(c).add(new Scored(sentence, scores[c]));
                    }
                    continue;
                }
                if (!wordRules[c].mayShow(lowerCase)) {
                    continue;
                }
                normalised = normalised == null ? WordRule.normalise(sentence.text()) : normalised;
                if (wordRules[c].shows(normalised)) {
                    above.get(c).add(new Scored(sentence, WORD_RULE_CONFIDENCE));
                }
            }
        }
        List<InventoryClause> clauses = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<Scored> found = above.get(c);
            if (found.isEmpty()) {
                continue;
            }
            found.sort(Comparator.comparingDouble(Scored::score).reversed()
                    .thenComparingInt(s -> s.sentence().index()));
            List<Citation> evidence = found.stream().limit(EVIDENCE_PER_CATEGORY).map(s -> Citation.of(s.sentence()))
                    .toList();
            double confidence = Math.round(confidence(found.get(0).score(), c) * 1000) / 1000.0;
            clauses.add(new InventoryClause(model.names().get(c), evidence, confidence));
        }
        return clauses;
    }
}
