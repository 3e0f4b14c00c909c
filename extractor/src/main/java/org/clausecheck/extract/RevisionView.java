package org.clausecheck.extract;

/** How tracked changes in a word-processing file are read. */
public enum RevisionView {
    /** As if every change were accepted: insertions in, deletions out. What the parties will sign. */
    ACCEPTED,
    /** As the document was before the tracked changes: insertions out, deletions in. */
    ORIGINAL
}
