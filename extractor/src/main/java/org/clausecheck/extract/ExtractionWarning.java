package org.clausecheck.extract;

import java.util.Objects;

/**
 * Something the reader of a report must know about how the text was obtained, such as a page
 * without a text layer.
 *
 * @param page     1-based page the warning concerns, or 0 for the whole document
 * @param message  one line for users
 * @param textLost true when text of the document was not read (a page that failed or has no text layer, a file
 *                 cut short), so that a protection not found may still be in the file
 */
public record ExtractionWarning(int page, String message, boolean textLost) {

    /** A warning about a page means that page was not read; one about the document loses no text. */
    public ExtractionWarning(int page, String message) {
        this(page, message, page > 0);
    }

    public ExtractionWarning {
        Objects.requireNonNull(message, "message");
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 (document) or positive: " + page);
        }
    }

    public static ExtractionWarning forDocument(String message) {
        return new ExtractionWarning(0, message);
    }

    public static ExtractionWarning forPage(int page, String message) {
        return new ExtractionWarning(page, message);
    }

    /** A document warning that some of its text could not be read, without knowing which pages. */
    public static ExtractionWarning textLost(String message) {
        return new ExtractionWarning(0, message, true);
    }

    @Override
    public String toString() {
        return page > 0 ? "page " + page + ": " + message : message;
    }
}
