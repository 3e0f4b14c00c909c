package org.clausecheck.extract.pdf;

/**
 * One run of text on one baseline of a page, as PDFBox laid it out. A printed line may be several runs
 * when wide gaps (a column gutter, a tab stop) separate its parts.
 *
 * @param text      the text, with single spaces between words
 * @param page      1-based page number
 * @param x         left edge, in points from the left of the page
 * @param y         baseline, in points from the top of the page
 * @param right     right edge, in points from the left of the page
 * @param fontSize  font size in points, averaged over the characters
 * @param bold      true when (nearly) all characters are set in a bold font
 */
record PdfLine(String text, int page, float x, float y, float right, float fontSize, boolean bold) {

    /** True when {@code other} sits on the same baseline, give or take a fraction of the font size. */
    boolean sameBaseline(PdfLine other) {
        return Math.abs(y - other.y) < 0.3f * Math.max(fontSize, other.fontSize);
    }

    /** This run and one to its right on the same baseline, as one run. */
    PdfLine merge(PdfLine next) {
        int chars = text.length() + next.text.length();
        float size = (fontSize * text.length() + next.fontSize * next.text.length()) / Math.max(1, chars);
        return new PdfLine(text + " " + next.text, page, Math.min(x, next.x), y, Math.max(right, next.right), size,
                bold && next.bold);
    }
}
