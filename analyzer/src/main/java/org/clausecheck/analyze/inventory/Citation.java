package org.clausecheck.analyze.inventory;

import java.util.Objects;
import org.clausecheck.analyze.structure.Sentence;

/**
 * Where the contract says something: the sentence as printed, its page and clause.
 *
 * @param quote         the sentence as printed
 * @param page          1-based page, 0 when the format has none
 * @param sectionNumber the clause's number, or null
 * @param heading       the heading context, or ""
 * @param start         offset of the sentence in the document text
 * @param end           offset after the sentence
 */
public record Citation(String quote, int page, String sectionNumber, String heading, int start, int end) {

    public Citation {
        Objects.requireNonNull(quote, "quote");
        heading = heading == null ? "" : heading;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("impossible citation offsets [" + start + ", " + end + ")");
        }
    }

    public static Citation of(Sentence sentence) {
        return new Citation(sentence.text().strip(), sentence.page(), sentence.sectionNumber(), sentence.heading(),
                sentence.start(), sentence.end());
    }
}
