package org.clausecheck.extract.pdf;

import java.util.Arrays;
import org.apache.pdfbox.text.TextPosition;

/**
 * Recognises a glyph drawn again over one already shown on the page: simulated bold (the same text
 * drawn two or three times a fraction of a point apart), shadows, text layers drawn twice. The rule
 * is PDFBox's {@code suppressDuplicateOverlappingText}: the same characters within a third of a
 * character width in both directions. PDFBox keeps a sorted tree per character for it, which cost a
 * quarter of all extraction time on the CUAD PDFs. Here the glyphs of a page go into a hash table keyed
 * by text and grid cell, chained through plain arrays, so that a lookup reads one to four short chains.
 */
final class OverprintFilter {

    /** Grid cell size in points; tolerances are usually 1 to 3 points (a third of a glyph width). */
    private static final float CELL = 4f;
    private static final int INITIAL_SLOTS = 1 << 12;
    private static final int MAX_CELLS_SEARCHED = 8;
    /** Beyond this a cell number could overflow an int and the cell loops would not end. */
    private static final float MAX_GRID_COORDINATE = 1e9f;

    /** Per slot, the index of the last glyph hashed there plus one; 0 when empty. */
    private int[] slots = new int[INITIAL_SLOTS];
    /** Per glyph, x at 2i and y at 2i + 1: a candidate's coordinates share a cache line. */
    private float[] positions = new float[2 * INITIAL_SLOTS];
    /**
     * Per glyph, at 2i the index of the previous glyph in its slot's chain (or -1), at 2i + 1 the hash of
     * its text and cell, which gives its slot back when the page is forgotten.
     */
    private int[] links = new int[2 * INITIAL_SLOTS];
    private String[] texts = new String[INITIAL_SLOTS];
    private int count;

    /** Forgets the previous page: only the slots its glyphs used are cleared. */
    void startPage() {
        int mask = slots.length - 1;
        for (int glyph = 0; glyph < count; glyph++) {
            slots[links[2 * glyph + 1] & mask] = 0;
        }
        Arrays.fill(texts, 0, count, null);
        count = 0;
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
        if (!(tolerance > 0) || !Float.isFinite(x) || !Float.isFinite(y)) {
            return false; // PDFBox compares nothing here either; keeps the cell loops finite
        }
        boolean onGrid = tolerance <= MAX_CELLS_SEARCHED * CELL
                && Math.abs(x) < MAX_GRID_COORDINATE && Math.abs(y) < MAX_GRID_COORDINATE;
        if (onGrid ? isShownNear(text, x, y, tolerance) : isShownAnywhereNear(text, x, y, tolerance)) {
            return true;
        }
        remember(text, x, y);
        return false;
    }

    private boolean isShownNear(String text, float x, float y, float tolerance) {
        int textHash = text.hashCode();
        int mask = slots.length - 1;
        int lastColumn = cellOf(x + tolerance);
        int firstRow = cellOf(y - tolerance);
        int lastRow = cellOf(y + tolerance);
        for (int column = cellOf(x - tolerance); column <= lastColumn; column++) {
            for (int row = firstRow; row <= lastRow; row++) {
                int key = keyOf(textHash, column, row);
                // A chain may hold other texts and cells that share the slot: each glyph is checked in
                // full (not skipped on its hash), so that a glyph just outside the cells searched is found
                // as before when it shares a slot.
                for (int i = slots[key & mask] - 1; i >= 0; i = links[2 * i]) {
                    if (repeats(i, text, x, y, tolerance)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** For a huge glyph: every glyph of the page rather than hundreds of cells. */
    private boolean isShownAnywhereNear(String text, float x, float y, float tolerance) {
        for (int i = 0; i < count; i++) {
            if (repeats(i, text, x, y, tolerance)) {
                return true;
            }
        }
        return false;
    }

    private boolean repeats(int glyph, String text, float x, float y, float tolerance) {
        return Math.abs(positions[2 * glyph] - x) < tolerance && Math.abs(positions[2 * glyph + 1] - y) < tolerance
                && texts[glyph].equals(text);
    }

    private void remember(String text, float x, float y) {
        if (count == texts.length) {
            grow();
        }
        positions[2 * count] = x;
        positions[2 * count + 1] = y;
        texts[count] = text;
        links[2 * count + 1] = keyOf(text.hashCode(), cellOf(x), cellOf(y));
        link(count);
        count++;
    }

    private void link(int glyph) {
        int slot = links[2 * glyph + 1] & (slots.length - 1);
        links[2 * glyph] = slots[slot] - 1;
        slots[slot] = glyph + 1;
    }

    /** Twice the room, and twice the slots so that chains stay short. */
    private void grow() {
        int capacity = texts.length * 2;
        positions = Arrays.copyOf(positions, 2 * capacity);
        links = Arrays.copyOf(links, 2 * capacity);
        texts = Arrays.copyOf(texts, capacity);
        slots = new int[capacity];
        for (int glyph = 0; glyph < count; glyph++) {
            link(glyph);
        }
    }

    /** The hash of a text in a cell; its low bits pick the slot. */
    private static int keyOf(int textHash, int column, int row) {
        int hash = (textHash * 31 + column) * 31 + row;
        hash *= 0x9E3779B9; // spread neighbouring cells over the table
        return hash ^ (hash >>> 16);
    }

    /** {@code (int) Math.floor(coordinate / CELL)}, without the call: a quarter is exact in floats. */
    private static int cellOf(float coordinate) {
        float cells = coordinate * (1 / CELL);
        int cell = (int) cells;
        return cells < cell && cell != Integer.MIN_VALUE ? cell - 1 : cell;
    }
}
