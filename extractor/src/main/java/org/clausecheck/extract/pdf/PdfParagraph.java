package org.clausecheck.extract.pdf;

/**
 * Lines of a page joined into one paragraph.
 *
 * @param text     the joined text
 * @param page     1-based page where the paragraph starts
 * @param lines    how many printed lines it took
 * @param fontSize font size of its first line, in points
 * @param bold     true when every line is bold
 */
record PdfParagraph(String text, int page, int lines, float fontSize, boolean bold) {
}
