package org.clausecheck.annotate.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's glyphs as PDFTextStripper orders them (content-stream order, as the extractor reads them too) and
 * keeps each letter's and digit's box in user space. PDFBox gives positions relative to the crop box's corner; the
 * corner is added back, because annotations are placed in user space.
 */
final class GlyphCollector extends PDFTextStripper {

    private final StringBuilder key = new StringBuilder();
    private final List<GlyphBox> boxes = new ArrayList<>();
    private float cropLeft;
    private float cropBottom;

    private GlyphCollector() {
        setSortByPosition(false);
    }

    /**
     * The glyph text of some pages of an open document (0-based indexes), in page order. Only the pages that hold
     * quotes are read: reading glyphs costs about what extraction did, and a quote stands on one or two pages.
     */
    static GlyphText read(PDDocument document, SortedSet<Integer> pages) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        int first = -1;
        int last = -2;
        for (int page : pages) {
            if (page != last + 1 && first >= 0) {
                collector.read(document, first, last);
                first = -1;
            }
            first = first < 0 ? page : first;
            last = page;
        }
        if (first >= 0) {
            collector.read(document, first, last);
        }
        return new GlyphText(collector.key.toString(), collector.boxes);
    }

    private void read(PDDocument document, int first, int last) throws IOException {
        setStartPage(first + 1);
        setEndPage(last + 1);
        writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        PDRectangle crop = page.getCropBox();
        cropLeft = crop.getLowerLeftX();
        cropBottom = crop.getLowerLeftY();
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        int page = getCurrentPageNo() - 1;
        for (TextPosition position : positions) {
            String glyphKey = MatchKey.of(position.getUnicode());
            if (glyphKey.isEmpty()) {
                continue;
            }
            float x = position.getTextMatrix().getTranslateX() + cropLeft;
            float baseline = position.getTextMatrix().getTranslateY() + cropBottom;
            // A ligature ("fi") is one glyph for two key characters: each gets its share of the width.
            float share = position.getWidthDirAdj() / glyphKey.length();
            for (int i = 0; i < glyphKey.length(); i++) {
                key.append(glyphKey.charAt(i));
                boxes.add(new GlyphBox(page, x + i * share, baseline, share, position.getHeightDir()));
            }
        }
    }
}
