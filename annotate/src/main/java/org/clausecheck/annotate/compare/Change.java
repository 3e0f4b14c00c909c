package org.clausecheck.annotate.compare;

import java.util.Locale;
import org.clausecheck.analyze.finding.Status;

/** How one protection moved from the old draft to the new one, from the customer's side. */
public enum Change {
    /** Now MET, and it was not. */
    CLOSED,
    /** Present before (MET or WEAK), now MISSING or CONTRARY: a gap opened. */
    OPENED,
    /** Worse, short of opening a gap (MET to WEAK, MISSING to CONTRARY). */
    WEAKENED,
    /** Better, short of closing the gap (MISSING or CONTRARY to WEAK, CONTRARY to MISSING). */
    STRENGTHENED,
    UNCHANGED;

    /** The change between the statuses {@code check} gives each draft alone. */
    public static Change between(Status before, Status after) {
        int from = strength(before);
        int to = strength(after);
        if (from == to) {
            return UNCHANGED;
        }
        if (to > from) {
            return after == Status.MET ? CLOSED : STRENGTHENED;
        }
        return before.isPresent() && !after.isPresent() ? OPENED : WEAKENED;
    }

    /** True for a change that makes the customer worse off. */
    public boolean worse() {
        return this == OPENED || this == WEAKENED;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** CONTRARY below MISSING: a clause giving the opposite is worse than silence. */
    private static int strength(Status status) {
        return switch (status) {
            case CONTRARY -> 0;
            case MISSING -> 1;
            case WEAK -> 2;
            case MET -> 3;
        };
    }
}
