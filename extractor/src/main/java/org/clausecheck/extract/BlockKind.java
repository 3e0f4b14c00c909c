package org.clausecheck.extract;

/** What a block of text is in the layout of its document. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE_CELL,
    FOOTNOTE
}
