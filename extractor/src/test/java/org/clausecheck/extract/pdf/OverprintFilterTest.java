package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** OverprintFilter must decide as PDFBox's rule does when checked against every glyph of the page. */
class OverprintFilterTest {

    private static final String[] TEXTS = {"a", "b", "e", "ab", "\u00e9", "fi", " "};

    @Test
    void findsTheRepeatsThatAComparisonWithEveryGlyphFinds() {
        Random random = new Random(42);
        OverprintFilter filter = new OverprintFilter();
        int repeats = 0;
        for (int page = 0; page < 40; page++) {
            filter.startPage();
            List<TextPosition> shown = new ArrayList<>();
            // Pages of a few glyphs to 10,000, so that the tables grow and are cleared after growing.
            int glyphs = page % 5 == 0 ? 5000 + random.nextInt(5000) : random.nextInt(3000);
            for (int i = 0; i < glyphs; i++) {
                TextPosition glyph = randomGlyph(random, shown);
                boolean expected = repeatsAny(glyph, shown);
                assertEquals(expected, filter.isRepeat(glyph), "page " + page + " glyph " + i);
                repeats += expected ? 1 : 0;
                if (!expected && isComparable(glyph)) {
                    shown.add(glyph);
                }
            }
        }
        assertTrue(repeats > 10_000, "repeats " + repeats);
    }

    @Test
    void forgetsThePreviousPage() {
        OverprintFilter filter = new OverprintFilter();
        assertFalse(filter.isRepeat(glyph("a", 100, 200, 6)));
        assertTrue(filter.isRepeat(glyph("a", 100.5f, 200.25f, 6)));
        assertFalse(filter.isRepeat(glyph("b", 100.5f, 200.25f, 6)));
        filter.startPage();
        assertFalse(filter.isRepeat(glyph("a", 100.5f, 200.25f, 6)));
    }

    @Test
    void hugeGlyphsAreComparedWithTheWholePage() {
        OverprintFilter filter = new OverprintFilter();
        assertFalse(filter.isRepeat(glyph("W", 10, 10, 300)));
        assertTrue(filter.isRepeat(glyph("W", 90, 60, 300)));
        assertFalse(filter.isRepeat(glyph("W", 120, 10, 300)));
    }

    @Test
    void glyphsFarOffThePageAreComparedWithoutTheGrid() {
        OverprintFilter filter = new OverprintFilter();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertFalse(filter.isRepeat(glyph("a", 10, 9e9f, 6)));
            assertTrue(filter.isRepeat(glyph("a", 10.5f, 9e9f, 6)));
            assertFalse(filter.isRepeat(glyph("a", 10, -3e10f, 6)));
        });
    }

    /** Mostly glyphs near one already shown, as simulated bold draws them; some far off, negative or odd. */
    private static TextPosition randomGlyph(Random random, List<TextPosition> shown) {
        int kind = random.nextInt(20);
        String text = kind == 0 ? "" : TEXTS[random.nextInt(TEXTS.length)];
        float width = kind == 1 ? 0 : kind == 2 ? 150 + random.nextInt(200) : 1 + random.nextFloat() * 12;
        if (!shown.isEmpty() && random.nextBoolean()) {
            TextPosition near = shown.get(random.nextInt(shown.size()));
            float jitter = random.nextFloat() * 5;
            return glyph(random.nextInt(3) == 0 ? near.getUnicode() : text,
                    near.getX() + (random.nextFloat() - 0.5f) * jitter,
                    near.getY() + (random.nextFloat() - 0.5f) * jitter, width);
        }
        float x = kind == 3 ? -50 - random.nextFloat() * 500 : random.nextInt(2400) / 4f;
        float y = kind == 4 ? Float.NaN : random.nextInt(3200) / 4f - 10;
        return glyph(text, x, y, width);
    }

    private static boolean isComparable(TextPosition glyph) {
        String text = glyph.getUnicode();
        return !text.isEmpty() && glyph.getWidth() / text.length() / 3.0f > 0 && Float.isFinite(glyph.getX())
                && Float.isFinite(glyph.getY());
    }

    /** PDFBox's rule, checked against every glyph shown: same text within a third of a character width. */
    private static boolean repeatsAny(TextPosition glyph, List<TextPosition> shown) {
        if (!isComparable(glyph)) {
            return false;
        }
        float tolerance = glyph.getWidth() / glyph.getUnicode().length() / 3.0f;
        for (TextPosition other : shown) {
            if (other.getUnicode().equals(glyph.getUnicode()) && Math.abs(other.getX() - glyph.getX()) < tolerance
                    && Math.abs(other.getY() - glyph.getY()) < tolerance) {
                return true;
            }
        }
        return false;
    }

    /** A glyph at (x, y) from the top left, as PDFBox reports it on an unrotated page of height 0. */
    private static TextPosition glyph(String text, float x, float y, float width) {
        return new TextPosition(0, 1000, 0, new Matrix(1, 0, 0, 1, x, -y), x + width, -y, 1, width, 1, text,
                new int[] {0}, null, 1, 1);
    }
}
