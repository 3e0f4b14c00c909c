package org.clausecheck.extract.ocr;

/**
 * A word as Tesseract recognised it, with its box in pixels of the image it was read from.
 *
 * @param text       the word
 * @param left       left edge, pixels from the left of the image
 * @param top        top edge, pixels from the top of the image
 * @param width      box width in pixels
 * @param height     box height in pixels
 * @param confidence Tesseract's confidence, 0..100
 */
public record RecognisedWord(String text, int left, int top, int width, int height, double confidence) {

    public int right() {
        return left + width;
    }

    public int bottom() {
        return top + height;
    }
}
