package org.clausecheck.extract;

import java.nio.file.Path;

/**
 * Hears how far the OCR of a PDF has got, so that a command can show progress on a long scan. Called from the
 * extracting thread and from OCR threads: implementations must be thread-safe.
 */
public interface OcrProgress {

    /** OCR is about to read {@code pages} pages of {@code file}. */
    void started(Path file, int pages);

    /** One more page of {@code file} is done (read, blank or failed). */
    void pageDone(Path file);

    /** Hears nothing. */
    static OcrProgress none() {
        return new OcrProgress() {
            @Override
            public void started(Path file, int pages) {
            }

            @Override
            public void pageDone(Path file) {
            }
        };
    }
}
