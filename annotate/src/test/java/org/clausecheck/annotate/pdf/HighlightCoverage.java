package org.clausecheck.annotate.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * How much of a quote a reader sees highlighted: the text PDFBox extracts inside the highlights' quads (as a viewer's
 * "copy highlighted text" does), compared letter by letter with the quote. Independent of how the annotator placed
 * the quads: only the saved quad points and the page's own text are read.
 */
final class HighlightCoverage {

    private HighlightCoverage() {
    }

    /** The text inside the quads of the highlights, quad by quad. */
    static String textUnder(PDPage page, List<PDAnnotationTextMarkup> highlights) throws IOException {
        PDRectangle crop = page.getCropBox();
        if (page.getRotation() != 0) {
            throw new IllegalArgumentException("a rotated page: display coordinates are not converted");
        }
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        List<String> regions = new ArrayList<>();
        for (PDAnnotationTextMarkup highlight : highlights) {
            float[] points = highlight.getQuadPoints();
            for (int q = 0; q + 8 <= points.length; q += 8) {
                float left = Math.min(points[q], points[q + 4]);
                float right = Math.max(points[q + 2], points[q + 6]);
                float top = Math.max(points[q + 1], points[q + 3]);
                float bottom = Math.min(points[q + 5], points[q + 7]);
                // The stripper tests each glyph's origin in display space (y down from the crop box's top).
                String name = "q" + regions.size();
                stripper.addRegion(name, new Rectangle2D.Float(left - crop.getLowerLeftX(),
                        crop.getUpperRightY() - top, right - left, top - bottom));
                regions.add(name);
            }
        }
        stripper.extractRegions(page);
        StringBuilder text = new StringBuilder();
        for (String region : regions) {
            text.append(stripper.getTextForRegion(region)).append(' ');
        }
        return text.toString();
    }

    /**
     * The highlighted text's letters and digits per letter or digit of the quote: near 1 when the highlight covers
     * the quote and little else (a quad over the whole page would give a coverage of 1 too, and this far above).
     */
    static double spread(String quote, String highlighted) {
        return (double) MatchKey.of(highlighted).length() / Math.max(1, MatchKey.of(quote).length());
    }

    /** The share of the quote's letters and digits found, in order, in the highlighted text (longest common subsequence). */
    static double of(String quote, String highlighted) {
        String wanted = MatchKey.of(quote);
        String seen = MatchKey.of(highlighted);
        if (wanted.isEmpty()) {
            return 1;
        }
        int[] previous = new int[seen.length() + 1];
        int[] current = new int[seen.length() + 1];
        for (int i = 1; i <= wanted.length(); i++) {
            for (int j = 1; j <= seen.length(); j++) {
                current[j] = wanted.charAt(i - 1) == seen.charAt(j - 1) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return (double) previous[seen.length()] / wanted.length();
    }
}
