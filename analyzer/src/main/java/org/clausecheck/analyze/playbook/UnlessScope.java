package org.clausecheck.analyze.playbook;

/** How far a pattern's exception ({@code unless}) reaches. */
public enum UnlessScope {
    /** The exception anywhere in the match's sentence cancels the match (the default). */
    SENTENCE,
    /**
     * The exception cancels the match only when it describes what the match is about: not when it names one item of
     * a list the match also covers ("the owner of all Reports, Datasets and its Background Technology"), nor when it
     * follows an exclusion and so names what the match leaves out ("all Deliverables other than Client's
     * pre-existing materials"). See {@code ExceptionScope} in the match package.
     */
    OBJECT
}
