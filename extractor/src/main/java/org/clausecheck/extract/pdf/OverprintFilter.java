package org.clausecheck.extract.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * Recognises a glyph drawn again over one already shown on the page: simulated bold (the same text
 * drawn two or three times a fraction of a point apart), shadows, text layers drawn twice. The rule
 * is PDFBox's {@code suppressDuplicateOverlappingText}: the same characters within a third of a
 * character width in both directions. PDFBox keeps a sorted tree per character for it, which cost a
 * quarter of all extraction time on the CUAD PDFs; here positions go into a hash grid of cells as wide
 * as the largest tolerance seen in practice, so that a lookup visits one to four small cells.
 */
final class OverprintFilter {

    /** Grid cell size in points; tolerances are usually 1 to 3 points (a third of a glyph width). */
    private static final float CELL = 4f;

    private final Map<Cell, Positions> shown = new HashMap<>();

    /** One grid cell holding the glyphs of one text. */
    private record Cell(String text, int column, int row) {
    }

    /** Forgets the previous page. */
    void startPage() {
        shown.clear();
    }

    /**
     * True when the glyph repeats one already shown at nearly the same place; otherwise it is
     * remembered and false is returned.
     */
    boolean isRepeat(TextPosition glyph) {
        String text = glyph.getUnicode();
        if (text == null || text.isEmpty()) {
            return false;
        }
        float x = glyph.getX();
        float y = glyph.getY();
        float tolerance = glyph.getWidth() / text.length() / 3.0f;
        if (tolerance > 0 && isShownNear(text, x, y, tolerance)) {
            return true;
        }
        shown.computeIfAbsent(new Cell(text, cellOf(x), cellOf(y)), cell -> new Positions()).add(x, y);
        return false;
    }

    private boolean isShownNear(String text, float x, float y, float tolerance) {
        for (int column = cellOf(x - tolerance); column <= cellOf(x + tolerance); column++) {
            for (int row = cellOf(y - tolerance); row <= cellOf(y + tolerance); row++) {
                Positions positions = shown.get(new Cell(text, column, row));
                if (positions != null && positions.containsNear(x, y, tolerance)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int cellOf(float coordinate) {
        return (int) Math.floor(coordinate / CELL);
    }

    /** The x, y pairs of the glyphs in one cell; a cell rarely holds more than a few. */
    private static final class Positions {
        private float[] coordinates = new float[4];
        private int size;

        void add(float x, float y) {
            if (size + 2 > coordinates.length) {
                coordinates = Arrays.copyOf(coordinates, coordinates.length * 2);
            }
            coordinates[size++] = x;
            coordinates[size++] = y;
        }

        boolean containsNear(float x, float y, float tolerance) {
            for (int i = 0; i < size; i += 2) {
                if (Math.abs(coordinates[i] - x) < tolerance && Math.abs(coordinates[i + 1] - y) < tolerance) {
                    return true;
                }
            }
            return false;
        }
    }
}
