package org.clausecheck.annotate.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The rectangle over the part of one printed line that a quote covers, in user space.
 *
 * @param page 0-based page index
 */
record LineQuad(int page, float left, float bottom, float right, float top) {

    /** Below the baseline for descenders, above PDFBox's glyph height for accents, beside the glyphs for rounding. */
    private static final float DESCENT = 0.3f;
    private static final float ASCENT = 1.15f;
    private static final float SIDE = 0.5f;

    /**
     * One quad per line segment of the glyphs in the ranges: a new segment starts on another page, on another
     * baseline, when the text goes back left, or across a gap wider than three glyph heights (a column gutter).
     */
    static List<LineQuad> of(GlyphText text, List<KeyRange> ranges) {
        List<LineQuad> quads = new ArrayList<>();
        List<GlyphBox> segment = new ArrayList<>();
        for (KeyRange range : ranges) {
            for (int i = range.start(); i < range.end(); i++) {
                GlyphBox box = text.boxes().get(i);
                if (!segment.isEmpty() && startsNewSegment(segment.get(segment.size() - 1), box)) {
                    quads.add(over(segment));
                    segment.clear();
                }
                segment.add(box);
            }
        }
        if (!segment.isEmpty()) {
            quads.add(over(segment));
        }
        return List.copyOf(quads);
    }

    private static boolean startsNewSegment(GlyphBox last, GlyphBox next) {
        float height = Math.max(Math.max(last.height(), next.height()), 1f);
        return next.page() != last.page()
                || Math.abs(next.baseline() - last.baseline()) > height / 2
                || next.x() < last.x() - 1f
                || next.x() - last.right() > 3 * height;
    }

    private static LineQuad over(List<GlyphBox> boxes) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = Float.MAX_VALUE;
        float top = -Float.MAX_VALUE;
        for (GlyphBox box : boxes) {
            float height = Math.max(box.height(), 1f);
            left = Math.min(left, box.x());
            right = Math.max(right, box.right());
            bottom = Math.min(bottom, box.baseline() - DESCENT * height);
            top = Math.max(top, box.baseline() + ASCENT * height);
        }
        return new LineQuad(boxes.get(0).page(), left - SIDE, bottom, right + SIDE, top);
    }

    /** The quad's points as a text markup annotation lists them: upper left, upper right, lower left, lower right. */
    float[] points() {
        return new float[] {left, top, right, top, left, bottom, right, bottom};
    }

    PDRectangle rectangle() {
        return new PDRectangle(left, bottom, right - left, top - bottom);
    }
}
