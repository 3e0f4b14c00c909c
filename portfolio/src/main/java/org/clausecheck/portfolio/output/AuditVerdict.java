package org.clausecheck.portfolio;

import java.util.List;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.report.FailLevel;

/** Whether an audit fails at a level, by the same rule as {@code check}: any required protection of any contract. */
public final class AuditVerdict {

    private AuditVerdict() {
    }

    public static boolean fails(FailLevel level, Playbook playbook, AuditResult result) {
        List<Rule> rules = playbook.rules();
        for (AuditRow row : result.rows()) {
            for (int i = 0; i < row.statuses().size() && i < rules.size(); i++) {
                Finding verdict = new Finding(rules.get(i).id(), row.statuses().get(i), 1, List.of(), List.of(), "");
                if (level.fails(verdict, rules.get(i).severity())) {
                    return true;
                }
            }
        }
        return false;
    }
}
