package org.clausecheck.portfolio.output;

import org.clausecheck.analyze.finding.Status;

/** One character per status in the matrix, and the legend that explains them. */
final class StatusSymbols {

    static final String FAILED = "?";

    private StatusSymbols() {
    }

    static String of(Status status) {
        return switch (status) {
            case MET -> "+";
            case WEAK -> "~";
            case CONTRARY -> "x";
            case MISSING -> "-";
        };
    }

    static String legend() {
        return "+ MET   ~ WEAK   x CONTRARY   - MISSING   ? could not be audited";
    }
}
