package org.clausecheck.analyze.parties;

import java.util.Objects;

/**
 * A term the contract defines: '"Deliverables" means ...' or inline, 'all work product (the "Work Product")'.
 *
 * @param term     the term as quoted ("Deliverables")
 * @param inline   true for a parenthetical definition inside an operative sentence
 * @param sentence index of the defining sentence
 * @param start    offset of the defining sentence in the document text
 * @param end      offset after the defining sentence
 */
public record DefinedTerm(String term, boolean inline, int sentence, int start, int end) {

    public DefinedTerm {
        Objects.requireNonNull(term, "term");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets for " + term);
        }
    }
}
