package org.clausecheck.annotate.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.Severity;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;

/**
 * Two drafts of one contract in terms of the protections: per rule, in playbook order, the status each draft has
 * alone and the change. It compares verdicts; it makes none.
 *
 * @param before      the old draft's file
 * @param after       the new draft's file
 * @param protections one entry per rule of the playbook
 */
public record DraftComparison(String before, String after, List<ProtectionChange> protections) {

    public DraftComparison {
        protections = List.copyOf(protections);
    }

    /** Compares the first two documents of a report that checked the old draft, then the new one. */
    public static DraftComparison of(CheckReport report, DocumentReport before, DocumentReport after) {
        List<ProtectionChange> changes = new ArrayList<>();
        for (Rule rule : report.playbook().rules()) {
            Optional<Finding> old = before.analysis().finding(rule.id());
            Optional<Finding> now = after.analysis().finding(rule.id());
            if (old.isEmpty() || now.isEmpty()) {
                continue; // not selected (--only)
            }
            changes.add(new ProtectionChange(rule.id(), rule.title(), rule.severity() == Severity.REQUIRED,
                    old.get().status(), now.get().status(), Change.between(old.get().status(), now.get().status()),
                    firstQuote(old.get()), firstQuote(now.get())));
        }
        return new DraftComparison(before.file(), after.file(), changes);
    }

    /** True when a required protection got worse: what a script tracking a negotiation stops on. */
    public boolean requiredGotWorse() {
        return protections.stream().anyMatch(p -> p.required() && p.change().worse());
    }

    private static String firstQuote(Finding finding) {
        return finding.evidence().stream().min(Evidence.ORDER).map(Evidence::quote).orElse("");
    }
}
