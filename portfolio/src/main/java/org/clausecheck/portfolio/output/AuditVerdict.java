package org.clausecheck.portfolio;

import java.util.List;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.report.FailLevel;
import org.clausecheck.analyze.waiver.AppliedWaiver;
import org.clausecheck.analyze.waiver.Waivers;

/** Whether an audit fails at a level, by the same rule as {@code check}: any required protection of any contract. */
public final class AuditVerdict {

    private AuditVerdict() {
    }

    public static boolean fails(FailLevel level, Playbook playbook, AuditResult result) {
        return fails(level, playbook, result, Waivers.none());
    }

    /** As above, leaving out the findings a waiver in force accepts. */
    public static boolean fails(FailLevel level, Playbook playbook, AuditResult result, Waivers waivers) {
        List<Rule> rules = playbook.rules();
        for (AuditRow row : result.rows()) {
            for (int i = 0; i < row.statuses().size() && i < rules.size(); i++) {
                if (waivers.find(rules.get(i).id(), row.key(), row.sha256()).map(AppliedWaiver::inForce).orElse(false)) {
                    continue;
                }
                Finding verdict = new Finding(rules.get(i).id(), row.statuses().get(i), 1, List.of(), List.of(), "");
                if (level.fails(verdict, rules.get(i).severity())) {
                    return true;
                }
            }
        }
        return false;
    }
}
