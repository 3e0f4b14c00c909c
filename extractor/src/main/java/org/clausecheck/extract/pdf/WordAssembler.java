package org.clausecheck.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Groups the glyphs of a page into words and lines as they arrive in content-stream order, with the
 * rules and tolerances of PDFBox's {@code PDFTextStripper.writePage} when it does not sort: a glyph that
 * does not overlap the line's baseline band starts a line; a gap wider than the smaller of half a space
 * and 0.3 of the average glyph width starts a word. PDFTextStripper applies them to a page-long list
 * once the page is read, which cost a fifth of extraction time mostly in cache misses; here each glyph
 * is judged while it is fresh. Article beads are not followed (contracts do not use them).
 */
final class WordAssembler {

    /**
     * Receives the words of a page in order, as PDFTextStripper's writeString and separators would. The
     * list of glyphs is reused: it is valid during the call only.
     */
    interface Sink {
        void word(String text, List<TextPosition> glyphs);

        void wordSeparator();

        void lineSeparator();
    }

    // PDFTextStripper's defaults.
    private static final float SPACING_TOLERANCE = 0.5f;
    private static final float AVERAGE_CHAR_TOLERANCE = 0.3f;
    private static final float NO_LINE = -Float.MAX_VALUE;
    private static final float NOT_SET = -1;

    private final Sink sink;
    private final List<TextPosition> wordGlyphs = new ArrayList<>();
    private final StringBuilder wordText = new StringBuilder();
    private TextPosition previous;
    private String previousUnicode;
    private float lineMaxY;
    private float lineMaxHeight;
    private float previousEndX;
    private float previousSpaceWidth;
    private float previousAverageWidth;

    WordAssembler(Sink sink) {
        this.sink = sink;
        startPage();
    }

    void startPage() {
        wordGlyphs.clear();
        wordText.setLength(0);
        previous = null;
        previousUnicode = null;
        lineMaxY = NO_LINE;
        lineMaxHeight = NOT_SET;
        previousEndX = NOT_SET;
        previousSpaceWidth = NOT_SET;
        previousAverageWidth = NOT_SET;
    }

    /** Hands over the last word of the page. */
    void endPage() {
        endWord();
    }

    /** Adds a glyph whose text is {@code unicode}: its own, or the marked content's ActualText. */
    void add(TextPosition glyph, String unicode) {
        if (previous != null && fontOrSizeChanged(glyph, previous)) {
            previousAverageWidth = NOT_SET;
        }
        float x = glyph.getX();
        float y = glyph.getY();
        float width = glyph.getWidth();
        float height = glyph.getHeight();
        float spaceWidth = glyph.getWidthOfSpace();
        float spaceTolerance = spaceTolerance(spaceWidth);
        float glyphWidth = width / glyph.getIndividualWidths().length;
        float averageWidth = previousAverageWidth < 0 ? glyphWidth : (previousAverageWidth + glyphWidth) / 2f;
        boolean hasPreviousEnd = Float.compare(previousEndX, NOT_SET) != 0;
        float nextWordStart = previousEndX + Math.min(spaceTolerance, averageWidth * AVERAGE_CHAR_TOLERANCE);

        if (previous != null) {
            if (!overlaps(y, height, lineMaxY, lineMaxHeight)) {
                endWord();
                sink.lineSeparator();
                hasPreviousEnd = false;
                lineMaxY = NO_LINE;
                lineMaxHeight = NOT_SET;
            }
            if (hasPreviousEnd && nextWordStart < x && previousUnicode != null && !previousUnicode.endsWith(" ")) {
                endWord();
                sink.wordSeparator();
            }
            // After a gap of a space or more the font size may have changed: start the band afresh.
            if (Math.abs(x - previous.getX()) > spaceWidth + spaceTolerance) {
                lineMaxY = NO_LINE;
                lineMaxHeight = NOT_SET;
            }
        }
        lineMaxY = Math.max(lineMaxY, y);
        previousEndX = x + width;
        if (unicode != null) {
            wordGlyphs.add(glyph);
            appendVisuallyOrdered(unicode);
        }
        lineMaxHeight = Math.max(lineMaxHeight, height);
        previous = glyph;
        previousUnicode = unicode;
        previousSpaceWidth = spaceWidth;
        previousAverageWidth = averageWidth;
    }

    private float spaceTolerance(float spaceWidth) {
        if (Float.compare(spaceWidth, 0) == 0 || Float.isNaN(spaceWidth)) {
            return Float.MAX_VALUE;
        }
        return previousSpaceWidth < 0 ? spaceWidth * SPACING_TOLERANCE
                : (spaceWidth + previousSpaceWidth) / 2f * SPACING_TOLERANCE;
    }

    private void endWord() {
        if (!wordGlyphs.isEmpty()) {
            sink.word(WordText.normalize(wordText), wordGlyphs);
        }
        wordGlyphs.clear();
        wordText.setLength(0);
    }

    /** As TextPosition.getVisuallyOrderedUnicode: a right-to-left glyph text of several characters is reversed. */
    private void appendVisuallyOrdered(String unicode) {
        if (unicode.length() > 1 && unicode.chars().anyMatch(WordAssembler::isRightToLeft)) {
            wordText.append(new StringBuilder(unicode).reverse());
        } else {
            wordText.append(unicode);
        }
    }

    private static boolean isRightToLeft(int c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Same baseline, or one glyph's baseline within the other's height (superscripts, subscripts). */
    private static boolean overlaps(float y1, float height1, float y2, float height2) {
        return (y2 < y1 + .1f && y2 > y1 - .1f) || y2 <= y1 && y2 >= y1 - height1 || y1 <= y2 && y1 >= y2 - height2;
    }

    private static boolean fontOrSizeChanged(TextPosition current, TextPosition last) {
        if (Float.compare(current.getFontSize(), last.getFontSize()) != 0) {
            return true;
        }
        if (current.getFont() == last.getFont()) {
            return false;
        }
        String currentName = current.getFont().getName();
        String lastName = last.getFont().getName();
        if (currentName != null) {
            return !currentName.equals(lastName);
        }
        return lastName != null || current.getFont().hashCode() != last.getFont().hashCode();
    }
}
