package org.clausecheck.extract;

import java.util.Objects;

/**
 * Something the reader of a report must know about how the text was obtained, such as a page
 * without a text layer.
 *
 * @param page    1-based page the warning concerns, or 0 for the whole document
 * @param message one line for users
 */
public record ExtractionWarning(int page, String message) {

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

    @Override
    public String toString() {
        return page > 0 ? "page " + page + ": " + message : message;
    }
}
