package org.clausecheck.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import org.clausecheck.extract.ocr.RecognisedLine;
import org.clausecheck.extract.ocr.RecognisedPage;
import org.clausecheck.extract.ocr.RecognisedWord;

/**
 * Turns what Tesseract read on a page into the runs of text a text layer gives, in points from the top left, so
 * that columns, paragraphs, headings and running text are found by the same code for both.
 */
final class OcrLines {

    private static final float POINTS_PER_INCH = 72f;
    /** A word's box spans about this share of the font size (cap height to descender, as measured). */
    private static final float BOX_PER_EM = 0.8f;
    /** Lines whose measured size is within this share of the page's body size are set in the body size. */
    private static final float SAME_SIZE = 0.25f;

    private OcrLines() {
    }

    static PdfPage page(int number, RecognisedPage recognised) {
        float scale = (float) (POINTS_PER_INCH / recognised.dpi());
        List<Float> sizes = new ArrayList<>();
        for (RecognisedLine line : recognised.lines()) {
            sizes.add(measuredSize(line) * scale);
        }
        float body = median(sizes);
        List<PdfLine> lines = new ArrayList<>();
        for (int i = 0; i < recognised.lines().size(); i++) {
            RecognisedLine line = recognised.lines().get(i);
            // Box heights vary with the letters of a line; only a clear difference is a different font.
            float size = Math.abs(sizes.get(i) - body) <= SAME_SIZE * body ? body : sizes.get(i);
            lines.add(new PdfLine(line.text(), number, left(line) * scale, baseline(line) * scale,
                    right(line) * scale, size, false));
        }
        return new PdfPage(number, recognised.width() * scale, recognised.height() * scale, lines);
    }

    /** The font size in pixels, from the median height of the words that have letters. */
    private static float measuredSize(RecognisedLine line) {
        List<Float> heights = new ArrayList<>();
        for (RecognisedWord word : line.words()) {
            if (word.text().chars().anyMatch(Character::isLetterOrDigit)) {
                heights.add((float) word.height());
            }
        }
        if (heights.isEmpty()) {
            line.words().forEach(word -> heights.add((float) word.height()));
        }
        return median(heights) / BOX_PER_EM;
    }

    private static float left(RecognisedLine line) {
        return line.words().stream().mapToInt(RecognisedWord::left).min().orElse(0);
    }

    private static float right(RecognisedLine line) {
        return line.words().stream().mapToInt(RecognisedWord::right).max().orElse(0);
    }

    /** The median bottom of the words: descenders and a slight skew move single words, not the median. */
    private static float baseline(RecognisedLine line) {
        List<Float> bottoms = new ArrayList<>();
        line.words().forEach(word -> bottoms.add((float) word.bottom()));
        return median(bottoms);
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
