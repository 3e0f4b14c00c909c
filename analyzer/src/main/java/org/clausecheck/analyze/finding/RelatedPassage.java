package org.clausecheck.analyze.finding;

import java.util.Objects;

/**
 * A passage shown beside a MISSING finding as related, not judged: the sentence the candidate finder ranks closest
 * to what the rule looks for, so that a reviewer checks in seconds whether the protection is there in words no
 * pattern covers. It is never evidence and never changes a status.
 *
 * @param quote         the sentence as printed
 * @param page          1-based page, 0 when the format has none
 * @param sectionNumber the clause's number, or null
 * @param heading       the heading context, or ""
 * @param start         offset of the sentence in the document text
 * @param end           offset after the sentence
 * @param score         how close, 0..1 (the classifier's probability, or the similarity scaled to the best)
 * @param basis         what ranked it: "classifier:CATEGORY" or "similarity"
 */
public record RelatedPassage(String quote, int page, String sectionNumber, String heading, int start, int end,
                             double score, String basis) {

    public RelatedPassage {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(basis, "basis");
        heading = heading == null ? "" : heading;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("impossible passage offsets [" + start + ", " + end + ")");
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within 0..1: " + score);
        }
    }
}
