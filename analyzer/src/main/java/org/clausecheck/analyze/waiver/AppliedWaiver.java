package org.clausecheck.analyze.waiver;

import java.util.Objects;

/**
 * A waiver found for one finding, as reports show it beside the verdict: in force ("waived"), or expired (shown so
 * that nobody takes the old acceptance for a current one, and the finding counts again).
 *
 * @param waiver  the entry of the waiver file
 * @param expired true when its date has passed: it no longer applies
 */
public record AppliedWaiver(Waiver waiver, boolean expired) {

    public AppliedWaiver {
        Objects.requireNonNull(waiver, "waiver");
    }

    /** True when the finding is waived: it is shown, but does not fail a run. */
    public boolean inForce() {
        return !expired;
    }

    /** "waived" or "waiver expired": the word every format shows. */
    public String label() {
        return expired ? "waiver expired" : "waived";
    }

    /** "waived until 2027-06-30 by J. Smith (legal): handover covered by the transition SOW". */
    public String describe() {
        return (expired ? "waiver expired on " : "waived until ") + waiver.until() + " by " + waiver.approvedBy()
                + ": " + waiver.reason() + (expired ? " (no longer applies)" : "");
    }
}
