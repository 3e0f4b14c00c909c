package org.clausecheck.annotate.compare;

import java.util.Locale;
import java.util.Objects;

/**
 * A clause (a paragraph, list item or table cell of the extracted text) added, removed or changed between drafts.
 *
 * @param kind    added, removed or changed
 * @param section the section it stands in ("7.2", or its heading), "" when none
 * @param before  its text in the old draft, "" when added
 * @param after   its text in the new draft, "" when removed
 * @param words   the word-level diff of a changed clause (of the whole text for an added or removed one)
 */
public record ClauseChange(Kind kind, String section, String before, String after, WordDiff words) {

    /** How a clause moved. */
    public enum Kind {
        ADDED, REMOVED, CHANGED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ClauseChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(words, "words");
    }
}
