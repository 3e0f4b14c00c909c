package org.clausecheck.annotate.pdf;

/**
 * Where one printed character stands, in the page's user space (PDF points, y upwards), as annotations need it.
 *
 * @param page     0-based page index
 * @param x        left edge of the glyph
 * @param baseline y of the glyph's baseline
 * @param width    advance width
 * @param height   glyph height as PDFBox measures it (about the cap height)
 */
record GlyphBox(int page, float x, float baseline, float width, float height) {

    float right() {
        return x + width;
    }
}
