package org.clausecheck.extract.ocr;

import java.util.List;

/**
 * What Tesseract read on one page image.
 *
 * @param width  image width in pixels
 * @param height image height in pixels
 * @param dpi    the image's resolution on the page, pixels per inch
 * @param lines  the lines in Tesseract's reading order
 */
public record RecognisedPage(int width, int height, double dpi, List<RecognisedLine> lines) {

    public RecognisedPage {
        lines = List.copyOf(lines);
    }

    /** Mean confidence over the words, 0..100; 0 for a page without words. */
    public double meanConfidence() {
        return lines.stream().flatMap(line -> line.words().stream())
                .mapToDouble(RecognisedWord::confidence).average().orElse(0);
    }
}
