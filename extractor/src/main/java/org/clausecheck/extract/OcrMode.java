package org.clausecheck.extract;

/** When pages of a PDF are read by OCR instead of from their text layer. */
public enum OcrMode {
    /** Only pages without a usable text layer (none, unmapped glyphs, garbage text). */
    AUTO,
    /** Every page, whatever its text layer says. */
    ALWAYS,
    /** No page: a PDF without any text layer is refused. */
    NEVER
}
