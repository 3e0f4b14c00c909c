package org.clausecheck.extract;

import java.io.Serializable;

/**
 * Limits and choices for one extraction.
 *
 * @param maxBytes     files larger than this are refused before they are read
 * @param maxPages     paged documents with more pages are refused
 * @param password     password for encrypted files, or null
 * @param revisionView how tracked changes are read
 */
public record ExtractionOptions(long maxBytes, int maxPages, String password, RevisionView revisionView)
        implements Serializable {

    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGES = 5_000;

    public ExtractionOptions {
        if (maxBytes <= 0 || maxPages <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (revisionView == null) {
            revisionView = RevisionView.ACCEPTED;
        }
    }

    public static ExtractionOptions defaults() {
        return new ExtractionOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, null, RevisionView.ACCEPTED);
    }

    public ExtractionOptions withPassword(String newPassword) {
        return new ExtractionOptions(maxBytes, maxPages, newPassword, revisionView);
    }

    public ExtractionOptions withRevisionView(RevisionView view) {
        return new ExtractionOptions(maxBytes, maxPages, password, view);
    }

    public ExtractionOptions withLimits(long newMaxBytes, int newMaxPages) {
        return new ExtractionOptions(newMaxBytes, newMaxPages, password, revisionView);
    }
}
