package org.clausecheck.analyze.candidates;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.clausecheck.analyze.match.Scope;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.structure.Sentence;

/**
 * What BM25 needs of one document's sentences, worked out once for all the rules ranked in it: the sentence of each
 * occurrence of a term, each sentence's length in terms, the total.
 */
final class SentenceStatistics {

    private final DocumentIndex index;
    private final int[] lengths;
    private final Map<String, int[]> occurrences = new HashMap<>();
    /** Whether a sentence is a clause title standing alone, remembered for the document (never shown). */
    private final Predicate<Sentence> headingOnly;

    SentenceStatistics(DocumentIndex index, int sentences) {
        this(index, sentences, Scope::isHeadingOnly);
    }

    /** @param headingOnly the document's memory of {@link Scope#isHeadingOnly}, shared by every rule ranked */
    SentenceStatistics(DocumentIndex index, int sentences, Predicate<Sentence> headingOnly) {
        this.index = index;
        this.headingOnly = headingOnly;
        this.lengths = new int[sentences];
        for (int s = 0; s < sentences; s++) {
            lengths[s] = index.sentenceTokens(s).size();
        }
    }

    int sentences() {
        return lengths.length;
    }

    int length(int sentence) {
        return lengths[sentence];
    }

    int tokens() {
        return index.tokens().size();
    }

    boolean isHeadingOnly(Sentence sentence) {
        return headingOnly.test(sentence);
    }

    /** The sentence of every occurrence of an analysed term, in order; remembered. */
    int[] occurrences(String term) {
        return occurrences.computeIfAbsent(term, index::occurrenceSentences);
    }
}
