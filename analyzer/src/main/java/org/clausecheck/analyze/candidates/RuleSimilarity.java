package org.clausecheck.analyze.candidates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.match.index.LegalAnalyzer;
import org.clausecheck.analyze.parties.Role;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.RuleExample;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.analyze.words.WordLists;

/**
 * Ranks a document's sentences by Lucene's BM25 similarity to what a rule asks for: the words of its MET examples
 * and of its recommendation, party words left out (they stand in every sentence). Each sentence is a document of
 * the collection, so a word common in this contract weighs little. Term frequencies come from the document index,
 * one look-up per query word. A score s is shown as s / (s + {@value #HALF_SCORE}).
 */
public final class RuleSimilarity {

    /** The BM25 score shown as 0.5. */
    static final double HALF_SCORE = 10;

    private static final WordLists WORDS = WordLists.read(RuleSimilarity.class, "rule-similarity.words");
    private static final LegalAnalyzer ANALYZER = new LegalAnalyzer();
    private static final Similarity BM25 = new BM25Similarity();
    private static final Set<String> PARTY_WORDS = partyWords();
    /**
     * Words of every clause that weigh next to nothing in BM25 and cost the most to count: modal verbs, articles'
     * companions, prepositions, conjunctions, pronouns and quantifiers of legal drafting.
     */
    private static final Set<String> FUNCTION_WORDS = WORDS.words("function-words");

    /** Analysed query term to how often the rule's text says it; sorted, so scores add up in a fixed order. */
    private final Map<String, Integer> query = new TreeMap<>();

    /** The party words of the list and the role tokens the index puts for the parties. */
    private static Set<String> partyWords() {
        Set<String> words = new HashSet<>(WORDS.words("party-words"));
        words.addAll(List.of(Role.CUSTOMER.token(), Role.VENDOR.token(), Role.UNKNOWN.token()));
        return Set.copyOf(words);
    }

    public RuleSimilarity(Rule rule) {
        StringBuilder text = new StringBuilder(rule.recommendation());
        for (RuleExample example : rule.examples()) {
            if (example.expect() == Status.MET) {
                text.append('\n').append(example.text());
            }
        }
        for (String term : ANALYZER.terms(text.toString())) {
            if (!PARTY_WORDS.contains(term) && !FUNCTION_WORDS.contains(term)
                    && term.chars().anyMatch(Character::isLetter)) {
                query.merge(term, 1, Integer::sum);
            }
        }
    }

    /** The closest sentences, best first, with their shown scores; none without a query word in the document. */
    public List<DocumentCandidates.Candidate> closest(DocumentIndex index, DocumentStructure structure, int limit) {
        return closest(new SentenceStatistics(index, structure.sentences().size()), structure, limit);
    }

    /** As {@link #closest(DocumentIndex, DocumentStructure, int)}, with the statistics shared by the rules. */
    List<DocumentCandidates.Candidate> closest(SentenceStatistics statistics, DocumentStructure structure, int limit) {
        List<Sentence> sentences = structure.sentences();
        double[] scores = new double[sentences.size()];
        int documents = Math.max(1, sentences.size());
        long tokens = Math.max(documents, statistics.tokens());
        CollectionStatistics collection = new CollectionStatistics(DocumentIndex.FIELD, documents, documents, tokens,
                tokens);
        boolean any = false;
        for (Map.Entry<String, Integer> term : query.entrySet()) {
            int[] occurrences = statistics.occurrences(term.getKey());
            if (occurrences.length == 0) {
                continue;
            }
            any = true;
            int documentFrequency = 0;
            for (int i = 0; i < occurrences.length; i++) {
                if (i == 0 || occurrences[i] != occurrences[i - 1]) {
                    documentFrequency++;
                }
            }
            Similarity.SimScorer scorer = BM25.scorer(term.getValue(), collection,
                    new TermStatistics(new BytesRef(term.getKey()), documentFrequency, occurrences.length));
            for (int i = 0; i < occurrences.length; ) {
                int sentence = occurrences[i];
                int frequency = 0;
                while (i < occurrences.length && occurrences[i] == sentence) {
                    frequency++;
                    i++;
                }
                long norm = SmallFloat.intToByte4(statistics.length(sentence));
                scores[sentence] += scorer.score(frequency, norm);
            }
        }
        List<DocumentCandidates.Candidate> closest = new ArrayList<>(limit);
        if (!any) {
            return closest;
        }
        // A clause title is never shown: the best few are read, and more only while titles are among them.
        for (int wanted = limit; closest.size() < limit; wanted *= 4) {
            closest.clear();
            int[] top = TopScores.select(scores, wanted);
            for (int i = 0; i < top.length && closest.size() < limit; i++) {
                Sentence sentence = sentences.get(top[i]);
                if (!statistics.isHeadingOnly(sentence)) {
                    double score = scores[top[i]];
                    closest.add(new DocumentCandidates.Candidate(sentence, "similarity", score / (score + HALF_SCORE)));
                }
            }
            if (top.length < wanted) {
                break;
            }
        }
        return closest;
    }
}
