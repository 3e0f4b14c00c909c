package org.clausecheck.analyze.report;

import java.util.EnumSet;
import java.util.Set;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Severity;

/**
 * Which gaps make a check fail (exit code 4). Only required protections count: recommended ones are
 * reported but never fail a run.
 */
public enum FailLevel {
    /** A required protection WEAK, MISSING or CONTRARY. */
    WEAK(EnumSet.of(Status.WEAK, Status.MISSING, Status.CONTRARY)),
    /** A required protection MISSING or CONTRARY: the default. */
    MISSING(EnumSet.of(Status.MISSING, Status.CONTRARY)),
    /** A required protection CONTRARY. */
    CONTRARY(EnumSet.of(Status.CONTRARY)),
    /** Never fail on findings. */
    NEVER(EnumSet.noneOf(Status.class));

    private final Set<Status> failing;

    FailLevel(Set<Status> failing) {
        this.failing = failing;
    }

    public boolean fails(Finding finding, Severity severity) {
        return severity == Severity.REQUIRED && failing.contains(finding.status());
    }

    /**
     * True when any finding of any document in the report is at or above this level; a finding on a rule the
     * document's type is not expected to carry (IP assignment in a DPA) is no gap, nor is one a waiver in force
     * covers (an accepted gap).
     */
    public boolean fails(CheckReport report) {
        return report.documents().stream()
                .anyMatch(document -> document.analysis().findings().stream()
                        .filter(finding -> document.analysis().expects(finding.ruleId()))
                        .filter(finding -> !report.waived(document, finding))
                        .anyMatch(finding -> fails(finding, report.rule(finding.ruleId()).severity())));
    }
}
