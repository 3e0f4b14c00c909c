package org.clausecheck.extract.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Vector;

/**
 * What one font answers for text extraction, asked once per character code: a font's answers never
 * change, and PDFBox looks them up through boxed maps on every glyph. The answers are PDFBox's own
 * (displacement, Unicode text with PDFTextStripper's fallbacks, space width and vertical width as
 * LegacyPDFStreamEngine computes them), so extraction gives the same positions and text.
 */
final class FontGlyphs {

    /** Codes below this are kept in arrays (all of a simple font, the common part of a CID font). */
    private static final int ARRAY_CODES = 1 << 16;
    private static final int PAGE_BITS = 8;
    /** A code whose glyph extraction skips: a composite font's code without Unicode. */
    private static final String NO_TEXT = new String("");

    private final PDFont font;
    private final GlyphList glyphList;
    private final boolean vertical;
    private final boolean identityCodes;
    /** Per code, in pages of 256 made when first used: the Vector, or the String of the glyph. */
    private final Object[][] displacements = new Object[ARRAY_CODES >> PAGE_BITS][];
    private final Object[][] texts = new Object[ARRAY_CODES >> PAGE_BITS][];
    private final Map<Integer, Vector> otherDisplacements = new HashMap<>();
    private final Map<Integer, String> otherTexts = new HashMap<>();
    private boolean measured;
    private float height;
    private float spaceWidth;

    FontGlyphs(PDFont font, GlyphList glyphList) {
        this.font = font;
        this.glyphList = glyphList;
        this.vertical = font.isVertical();
        this.identityCodes = font instanceof PDType0Font composite
                && COSName.IDENTITY_H.equals(composite.getCOSObject().getDictionaryObject(COSName.ENCODING));
    }

    /**
     * True when the font's codes are read with PDFBox's predefined Identity-H CMap (named as the encoding,
     * not embedded), whose codes are simply every two bytes: {@link CodeStream#readIdentityCode()}.
     */
    boolean identityCodes() {
        return identityCodes;
    }

    boolean vertical() {
        return vertical;
    }

    /** The glyph's displacement in text space, {@code PDFont.getDisplacement}. */
    Vector displacement(int code) throws IOException {
        Vector known = code >= 0 && code < ARRAY_CODES ? (Vector) get(displacements, code) : otherDisplacements.get(code);
        if (known == null) {
            known = font.getDisplacement(code);
            if (code >= 0 && code < ARRAY_CODES) {
                put(displacements, code, known);
            } else {
                otherDisplacements.put(code, known);
            }
        }
        return known;
    }

    /**
     * The glyph's text as PDFTextStripper takes it: the font's Unicode with PDFBox's extra glyph names; a
     * simple font's code itself when the font has none; null when a composite font has none (skipped).
     */
    String unicode(int code) {
        String known = code >= 0 && code < ARRAY_CODES ? (String) get(texts, code) : otherTexts.get(code);
        if (known == null) {
            known = font.toUnicode(code, glyphList);
            if (known == null) {
                known = font instanceof PDSimpleFont ? String.valueOf((char) code) : NO_TEXT;
            }
            if (code >= 0 && code < ARRAY_CODES) {
                put(texts, code, known);
            } else {
                otherTexts.put(code, known);
            }
        }
        return known == NO_TEXT ? null : known;
    }

    /** True once {@link #measure} has stored the font's height and space width. */
    boolean measured() {
        return measured;
    }

    /**
     * Stores the font height (LegacyPDFStreamEngine.computeFontHeight, which subclasses may change) and
     * works out the space width in text space as LegacyPDFStreamEngine does.
     */
    void measure(float fontHeight) {
        float glyphToText = font instanceof PDType3Font ? font.getFontMatrix().getScaleX() : 1 / 1000f;
        float space = 0;
        try {
            space = font.getSpaceWidth() * glyphToText;
        } catch (Exception e) { // PDFBOX-614: PDFBox logs and goes on without it
            space = 0;
        }
        if (Float.compare(space, 0) == 0) {
            // The average width is too wide for a space: PDFBox takes 80 % of it.
            space = font.getAverageFontWidth() * glyphToText * .80f;
        }
        if (Float.compare(space, 0) == 0) {
            space = 1.0f;
        }
        height = fontHeight;
        spaceWidth = space;
        measured = true;
    }

    float height() {
        return height;
    }

    float spaceWidth() {
        return spaceWidth;
    }

    /** A vertical glyph's width, which PDFTextStripper uses to order glyphs (its displacement has none). */
    float verticalWidth(int code) throws IOException {
        float width = font.getWidth(code) / 1000;
        TrueTypeFont trueType = null;
        if (font instanceof PDTrueTypeFont simple) {
            trueType = simple.getTrueTypeFont();
        } else if (font instanceof PDType0Font composite) {
            PDCIDFont descendant = composite.getDescendantFont();
            if (descendant instanceof PDCIDFontType2 cidTrueType) {
                trueType = cidTrueType.getTrueTypeFont();
            }
        }
        if (trueType != null && trueType.getUnitsPerEm() != 1000) {
            width *= 1000f / trueType.getUnitsPerEm();
        }
        return width;
    }

    private static Object get(Object[][] pages, int code) {
        Object[] page = pages[code >>> PAGE_BITS];
        return page == null ? null : page[code & ((1 << PAGE_BITS) - 1)];
    }

    private static void put(Object[][] pages, int code, Object value) {
        Object[] page = pages[code >>> PAGE_BITS];
        if (page == null) {
            page = new Object[1 << PAGE_BITS];
            pages[code >>> PAGE_BITS] = page;
        }
        page[code & ((1 << PAGE_BITS) - 1)] = value;
    }
}
