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

    /** Per slot, the index of the last glyph hashed there plus one; 0 when empty. */
    private int[] slots = new int[INITIAL_SLOTS];
    private float[] xs = new float[INITIAL_SLOTS];
    private float[] ys = new float[INITIAL_SLOTS];
    private String[] texts = new String[INITIAL_SLOTS];
    /** Per glyph, the index of the previous glyph in its slot's chain, or -1. */
    private int[] previousInSlot = new int[INITIAL_SLOTS];
    private int count;

    /** Forgets the previous page. */
    void startPage() {
        Arrays.fill(slots, 0);
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
        if (tolerance > MAX_CELLS_SEARCHED * CELL ? isShownAnywhereNear(text, x, y, tolerance)
                : isShownNear(text, x, y, tolerance)) {
            return true;
        }
        remember(text, x, y);
        return false;
    }

    private boolean isShownNear(String text, float x, float y, float tolerance) {
        int hash = text.hashCode();
        for (int column = cellOf(x - tolerance); column <= cellOf(x + tolerance); column++) {
            for (int row = cellOf(y - tolerance); row <= cellOf(y + tolerance); row++) {
                // A chain may hold other texts and cells that share the slot: each glyph is checked in full.
                for (int i = slots[slotOf(hash, column, row)] - 1; i >= 0; i = previousInSlot[i]) {
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
        return Math.abs(xs[glyph] - x) < tolerance && Math.abs(ys[glyph] - y) < tolerance && texts[glyph].equals(text);
    }

    private void remember(String text, float x, float y) {
        if (count == xs.length) {
            grow();
        }
        xs[count] = x;
        ys[count] = y;
        texts[count] = text;
        link(count);
        count++;
    }

    private void link(int glyph) {
        int slot = slotOf(texts[glyph].hashCode(), cellOf(xs[glyph]), cellOf(ys[glyph]));
        previousInSlot[glyph] = slots[slot] - 1;
        slots[slot] = glyph + 1;
    }

    /** Twice the room, and twice the slots so that chains stay short. */
    private void grow() {
        int capacity = xs.length * 2;
        xs = Arrays.copyOf(xs, capacity);
        ys = Arrays.copyOf(ys, capacity);
        texts = Arrays.copyOf(texts, capacity);
        previousInSlot = Arrays.copyOf(previousInSlot, capacity);
        slots = new int[capacity];
        for (int glyph = 0; glyph < count; glyph++) {
            link(glyph);
        }
    }

    private int slotOf(int textHash, int column, int row) {
        int hash = (textHash * 31 + column) * 31 + row;
        hash *= 0x9E3779B9; // spread neighbouring cells over the table
        return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }

    private static int cellOf(float coordinate) {
        return (int) Math.floor(coordinate / CELL);
    }
}
