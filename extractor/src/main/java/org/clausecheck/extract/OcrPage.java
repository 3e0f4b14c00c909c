package org.clausecheck.extract;

import java.util.List;
import java.util.Objects;

/**
 * A page whose text was read by OCR, with the words as recognised, so that a quote taken from the page can
 * say how sure the recogniser was of it.
 *
 * @param page           1-based page number
 * @param meanConfidence mean word confidence of the page, 0..100 as Tesseract gives it
 * @param words          the recognised words in reading order
 */
public record OcrPage(int page, double meanConfidence, List<Word> words) {

    /**
     * One recognised word.
     *
     * @param text       the word as recognised
     * @param confidence Tesseract's confidence, 0..100
     */
    public record Word(String text, double confidence) {

        public Word {
            Objects.requireNonNull(text, "text");
        }
    }

    public OcrPage {
        if (page <= 0) {
            throw new IllegalArgumentException("page must be positive: " + page);
        }
        words = List.copyOf(words);
    }
}
