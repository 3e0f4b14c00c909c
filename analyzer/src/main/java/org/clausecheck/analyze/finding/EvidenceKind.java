package org.clausecheck.analyze.finding;

/** What a piece of evidence says about a protection. */
public enum EvidenceKind {
    /** Provides the protection. */
    SATISFYING,
    /** Provides it only in part, or a satisfying match weakened by a condition in its sentence. */
    WEAK,
    /** Gives the opposite. */
    CONTRARY
}
