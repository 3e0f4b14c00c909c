package org.clausecheck.extract.pdf;

import java.util.List;

/**
 * The text runs of one page in the order PDFBox met them.
 *
 * @param number 1-based page number
 * @param width  page width in points, as displayed (rotation applied)
 * @param height page height in points, as displayed
 * @param lines  the runs of text; empty for a page without a text layer
 */
record PdfPage(int number, float width, float height, List<PdfLine> lines) {

    PdfPage {
        lines = List.copyOf(lines);
    }

    PdfPage withLines(List<PdfLine> newLines) {
        return new PdfPage(number, width, height, newLines);
    }
}
