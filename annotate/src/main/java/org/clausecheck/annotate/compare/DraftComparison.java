package org.clausecheck.annotate.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.inventory.ClauseInventory;
import org.clausecheck.analyze.inventory.KeyTerms;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.Severity;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.extract.ExtractedDocument;

/**
 * Two drafts of one contract in terms of the protections: per rule, in playbook order, the status each draft has
 * alone and the change; then the clauses added, removed and changed, and the key terms that changed. It compares
 * verdicts; it makes none.
 *
 * @param before      the old draft's name
 * @param after       the new draft's name
 * @param protections one entry per rule of the playbook
 * @param clauses     the clauses added, removed and changed, in document order
 * @param keyTerms    the key terms whose value changed (none when the inventory was not read)
 */
public record DraftComparison(String before, String after, List<ProtectionChange> protections,
                              List<ClauseChange> clauses, List<KeyTermChange> keyTerms) {

    public DraftComparison {
        protections = List.copyOf(protections);
        clauses = List.copyOf(clauses);
        keyTerms = List.copyOf(keyTerms);
    }

    /** One draft side: its name as shown, the text read and the review of it alone. */
    public record Draft(String name, ExtractedDocument text, DocumentReport review) {
    }

    /** Compares two drafts reviewed with one playbook. */
    public static DraftComparison of(Playbook playbook, Draft before, Draft after) {
        List<ProtectionChange> changes = new ArrayList<>();
        for (Rule rule : playbook.rules()) {
            Optional<Finding> old = before.review().analysis().finding(rule.id());
            Optional<Finding> now = after.review().analysis().finding(rule.id());
            if (old.isEmpty() || now.isEmpty()) {
                continue; // not selected (--only)
            }
            changes.add(new ProtectionChange(rule.id(), rule.title(), rule.severity() == Severity.REQUIRED,
                    old.get().status(), now.get().status(), Change.between(old.get().status(), now.get().status()),
                    firstQuote(old.get()), firstQuote(now.get())));
        }
        return new DraftComparison(before.name(), after.name(), changes,
                ClauseDiff.between(before.text(), after.text()),
                KeyTermChange.between(keyTerms(before.review()), keyTerms(after.review())));
    }

    /** True when a required protection got worse: what a script tracking a negotiation stops on. */
    public boolean requiredGotWorse() {
        return protections.stream().anyMatch(p -> p.required() && p.change().worse());
    }

    private static KeyTerms keyTerms(DocumentReport review) {
        return review.analysis().clauseInventory().map(ClauseInventory::keyTerms).orElse(KeyTerms.NONE);
    }

    private static String firstQuote(Finding finding) {
        return finding.evidence().stream().min(Evidence.ORDER).map(Evidence::quote).orElse("");
    }
}
