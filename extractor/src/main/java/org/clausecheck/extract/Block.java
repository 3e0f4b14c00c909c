package org.clausecheck.extract;

import java.util.List;
import java.util.Objects;

/**
 * One unit of text in reading order, with where it stands in the document.
 *
 * @param text          the text as printed, including its section number when the format prints one
 * @param kind          heading, paragraph, list item, table cell or footnote
 * @param page          1-based page number, or 0 when the format has no pages
 * @param sectionNumber the section number as printed ("7.2", "Article IV", "(b)", "Schedule 2"), or null
 * @param headingPath   the headings this block stands under, outermost first (a heading's path excludes itself)
 * @param start         offset of the first character in {@link ExtractedDocument#text()}
 * @param end           offset after the last character in {@link ExtractedDocument#text()}
 */
public record Block(String text, BlockKind kind, int page, String sectionNumber, List<String> headingPath,
                    int start, int end) {

    public Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        headingPath = List.copyOf(headingPath);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 (none) or positive: " + page);
        }
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException(
                    "offsets [" + start + ", " + end + ") do not fit a text of length " + text.length());
        }
    }

    public boolean hasPage() {
        return page > 0;
    }
}
