package org.clausecheck.analyze.finding;

/** How far a contract provides one protection. */
public enum Status {
    /** Provided, by an obligation in the customer's favour, with no contrary evidence standing. */
    MET,
    /** Provided only in part, on conditions, at the vendor's discretion, or contradicted elsewhere. */
    WEAK,
    /** The contract gives the opposite (e.g. the vendor keeps the IP). */
    CONTRARY,
    /** Nothing in the contract provides it. */
    MISSING;

    /** Presence, as the evaluation counts it: MET or WEAK. */
    public boolean isPresent() {
        return this == MET || this == WEAK;
    }
}
