package org.clausecheck.analyze.match;

import java.util.Locale;

/**
 * What a sentence does, read from its words: a protection needs a sentence that obliges or grants, not one that
 * defines a term, represents a fact or only mentions the thing.
 */
public enum SentenceAct {
    /** Defines a term ('"Deliverables" means ...') or recites the background ("WHEREAS ..."). */
    DEFINITION,
    /** States a fact as a party's representation or warranty ("Supplier warrants that it owns ..."). */
    REPRESENTATION,
    /** Forbids ("shall not", "may not", "no ... shall"). */
    RESTRICTION,
    /** Transfers or declares a right now ("hereby assigns", "is the property of", "owns"). */
    GRANT,
    /** Binds a party to act ("shall", "will", "must", "agrees to", "undertakes to"). */
    OBLIGATION,
    /** Allows a party to act ("may", "is entitled to", "has the right to"). */
    PERMISSION,
    /** None of the above: a title, a list entry, a table of contents, a sentence without an operative verb. */
    MENTION;

    /** Lower-case name, as reports print it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
