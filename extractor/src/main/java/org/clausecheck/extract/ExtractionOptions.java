package org.clausecheck.extract;

import java.io.Serializable;

/**
 * Limits and choices for one extraction.
 *
 * @param maxBytes     files larger than this are refused before they are read
 * @param maxPages     paged documents with more pages are refused
 * @param password     password for encrypted files, or null
 * @param revisionView how tracked changes are read
 * @param ocr          which PDF pages are read by OCR
 * @param ocrThreads   pages of one document read by OCR at once; 0 for one per available processor
 */
public record ExtractionOptions(long maxBytes, int maxPages, String password, RevisionView revisionView,
                                OcrMode ocr, int ocrThreads) implements Serializable {

    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGES = 5_000;

    public ExtractionOptions {
        if (maxBytes <= 0 || maxPages <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (revisionView == null) {
            revisionView = RevisionView.ACCEPTED;
        }
        if (ocr == null) {
            ocr = OcrMode.AUTO;
        }
        if (ocrThreads < 0) {
            throw new IllegalArgumentException("OCR threads must be 0 (automatic) or positive: " + ocrThreads);
        }
    }

    /** Options with OCR of pages that have no usable text layer, on one thread per processor. */
    public ExtractionOptions(long maxBytes, int maxPages, String password, RevisionView revisionView) {
        this(maxBytes, maxPages, password, revisionView, OcrMode.AUTO, 0);
    }

    public static ExtractionOptions defaults() {
        return new ExtractionOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, null, RevisionView.ACCEPTED,
                OcrMode.AUTO, 0);
    }

    public ExtractionOptions withPassword(String newPassword) {
        return new ExtractionOptions(maxBytes, maxPages, newPassword, revisionView, ocr, ocrThreads);
    }

    public ExtractionOptions withRevisionView(RevisionView view) {
        return new ExtractionOptions(maxBytes, maxPages, password, view, ocr, ocrThreads);
    }

    public ExtractionOptions withLimits(long newMaxBytes, int newMaxPages) {
        return new ExtractionOptions(newMaxBytes, newMaxPages, password, revisionView, ocr, ocrThreads);
    }

    public ExtractionOptions withOcr(OcrMode mode) {
        return new ExtractionOptions(maxBytes, maxPages, password, revisionView, mode, ocrThreads);
    }

    public ExtractionOptions withOcrThreads(int threads) {
        return new ExtractionOptions(maxBytes, maxPages, password, revisionView, ocr, threads);
    }

    /** How many pages to read by OCR at once. */
    public int effectiveOcrThreads() {
        return ocrThreads > 0 ? ocrThreads : Runtime.getRuntime().availableProcessors();
    }
}
