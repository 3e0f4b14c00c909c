package org.clausecheck.analyze.structure;

import java.util.List;

/**
 * The clauses and sentences of one document, both in reading order, and how sentences lean on each other (list
 * lead-ins, provisos).
 */
public record DocumentStructure(List<Clause> clauses, List<Sentence> sentences, SentenceLinks links) {

    public DocumentStructure {
        clauses = List.copyOf(clauses);
        sentences = List.copyOf(sentences);
        java.util.Objects.requireNonNull(links, "links");
    }

    public DocumentStructure(List<Clause> clauses, List<Sentence> sentences) {
        this(clauses, sentences, SentenceLinks.of(sentences));
    }

    /** The sentence containing {@code offset}, or the nearest one before it; null before the first. */
    public Sentence sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        Sentence found = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence candidate = sentences.get(mid);
            if (candidate.start() <= offset) {
                found = candidate;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    public Clause clauseOf(Sentence sentence) {
        return clauses.get(sentence.clauseIndex());
    }
}
