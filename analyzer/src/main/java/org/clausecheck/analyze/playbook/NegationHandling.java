package org.clausecheck.analyze.playbook;

/** What a negated match of a pattern means ("Vendor shall not retain ...", "no licence ..."). */
public enum NegationHandling {
    /** A negated match is no evidence (the default). */
    DROP,
    /** The pattern states the negation itself ("shall not use ... to train"); negation changes nothing. */
    IGNORE,
    /** A negated match counts as the opposite kind of evidence: a negated contrary pattern satisfies. */
    INVERT
}
