package org.clausecheck.analyze.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * A sentence of the contract that a finding rests on.
 *
 * @param kind          what it says about the protection
 * @param patternId     the pattern that matched ("present-assignment")
 * @param quote         the sentence as printed
 * @param page          1-based page, 0 when the format has none
 * @param sectionNumber the clause's number, or null
 * @param heading       the heading context, or ""
 * @param start         offset of the sentence in the document text
 * @param end           offset after the sentence
 * @param note          why it was weakened, or ""
 */
public record Evidence(EvidenceKind kind, String patternId, String quote, int page, String sectionNumber,
                       String heading, int start, int end, String note) {

    /** Document order, then kind: stable output. */
    public static final Comparator<Evidence> ORDER = Comparator.comparingInt(Evidence::start)
            .thenComparing(Evidence::kind).thenComparing(Evidence::patternId);

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(patternId, "patternId");
        Objects.requireNonNull(quote, "quote");
        heading = heading == null ? "" : heading;
        note = note == null ? "" : note;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("impossible evidence offsets [" + start + ", " + end + ")");
        }
    }
}
