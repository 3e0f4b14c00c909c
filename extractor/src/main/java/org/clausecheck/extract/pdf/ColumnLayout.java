package org.clausecheck.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the runs of a page into reading order as "flows": text that reads on from one run to the next.
 * A single-column page is one flow in content-stream order, which is what PDF producers write. On a
 * two-column page, runs that span the gutter (titles, full-width paragraphs) split the page into bands;
 * within a band the left column is read top to bottom before the right one.
 */
final class ColumnLayout {

    /** Pages with fewer runs are never treated as columns. */
    private static final int MIN_RUNS = 10;
    /** Each column needs at least this many runs. */
    private static final int MIN_COLUMN_RUNS = 4;
    /** The right column must start within this middle share of the page width. */
    private static final float GUTTER_FROM = 0.3f;
    private static final float GUTTER_TO = 0.7f;
    /** The median run of each column must be at least this share of the page width. */
    private static final float MIN_COLUMN_WIDTH = 0.2f;
    /** Left edges within this many points count as aligned. */
    private static final float ALIGN = 3f;

    private ColumnLayout() {
    }

    static List<List<PdfLine>> flows(PdfPage page) {
        List<PdfLine> lines = page.lines();
        if (lines.size() < MIN_RUNS) {
            return List.of(lines);
        }
        float gutter = rightColumnEdge(page);
        if (gutter < 0) {
            return List.of(lines);
        }
        List<Float> leftWidths = new ArrayList<>();
        List<Float> rightWidths = new ArrayList<>();
        for (PdfLine line : lines) {
            if (line.right() < gutter) {
                leftWidths.add(line.right() - line.x());
            } else if (line.x() >= gutter - ALIGN) {
                rightWidths.add(line.right() - line.x());
            }
        }
        // Columns of prose are wide; narrow aligned runs are a table or a table of contents, read row by row.
        float minWidth = page.width() * MIN_COLUMN_WIDTH;
        if (leftWidths.size() < MIN_COLUMN_RUNS || rightWidths.size() < MIN_COLUMN_RUNS
                || median(leftWidths) < minWidth || median(rightWidths) < minWidth) {
            return List.of(lines);
        }
        return bands(lines, gutter);
    }

    /** The left edge shared by the most runs starting in the middle of the page, or -1 when too few share one. */
    private static float rightColumnEdge(PdfPage page) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PdfLine line : page.lines()) {
            if (line.x() > page.width() * GUTTER_FROM && line.x() < page.width() * GUTTER_TO) {
                counts.merge(Math.round(line.x() / ALIGN), 1, Integer::sum);
            }
        }
        int best = -1;
        int bestCount = MIN_COLUMN_RUNS - 1;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount || (entry.getValue() == bestCount && entry.getKey() < best)) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        float edge = -1;
        for (PdfLine line : page.lines()) {
            if (Math.round(line.x() / ALIGN) == best && (edge < 0 || line.x() < edge)) {
                edge = line.x();
            }
        }
        return edge;
    }

    private static float median(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Splits the page at runs that span the gutter. A band between them that has text on both sides of the
     * gutter is two columns; a band with text on one side only (the short last line of a full-width
     * paragraph, an indented block) belongs to the full-width text around it.
     */
    private static List<List<PdfLine>> bands(List<PdfLine> lines, float gutter) {
        List<PdfLine> byHeight = new ArrayList<>(lines);
        byHeight.sort(Comparator.comparingDouble(PdfLine::y).thenComparingDouble(PdfLine::x));
        List<List<PdfLine>> flows = new ArrayList<>();
        List<PdfLine> fullWidth = new ArrayList<>();
        List<PdfLine> band = new ArrayList<>();
        for (PdfLine line : byHeight) {
            if (line.right() < gutter || line.x() >= gutter - ALIGN) {
                band.add(line);
            } else {
                fullWidth = closeBand(flows, fullWidth, band, gutter);
                band = new ArrayList<>();
                fullWidth.add(line);
            }
        }
        fullWidth = closeBand(flows, fullWidth, band, gutter);
        if (!fullWidth.isEmpty()) {
            flows.add(fullWidth);
        }
        return flows;
    }

    /** Adds the band as two column flows, or to the full-width flow; returns the full-width flow to go on with. */
    private static List<PdfLine> closeBand(List<List<PdfLine>> flows, List<PdfLine> fullWidth, List<PdfLine> band,
                                           float gutter) {
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> right = new ArrayList<>();
        for (PdfLine line : band) {
            (line.right() < gutter ? left : right).add(line);
        }
        if (left.isEmpty() || right.isEmpty()) {
            fullWidth.addAll(band);
            return fullWidth;
        }
        if (!fullWidth.isEmpty()) {
            flows.add(fullWidth);
        }
        flows.add(left);
        flows.add(right);
        return new ArrayList<>();
    }
}
