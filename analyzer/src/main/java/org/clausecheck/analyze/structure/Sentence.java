package org.clausecheck.analyze.structure;

import java.util.Objects;

/**
 * One sentence of a contract, the unit at which direction, negation and scope are judged.
 *
 * @param index         0-based position among the document's sentences
 * @param text          the sentence as printed (a slice of the document text)
 * @param start         offset of the first character in the document text
 * @param end           offset after the last character in the document text
 * @param page          1-based page, or 0 when the format has no pages
 * @param sectionNumber the number of the clause it stands in ("7.2"), or null
 * @param heading       the heading context: the headings above it and its clause's title, joined by " > "
 * @param clauseIndex   index of its clause in {@link DocumentStructure#clauses()}
 */
public record Sentence(int index, String text, int start, int end, int page, String sectionNumber, String heading,
                       int clauseIndex) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        heading = heading == null ? "" : heading;
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("offsets [" + start + ", " + end + ") do not fit the sentence");
        }
    }
}
