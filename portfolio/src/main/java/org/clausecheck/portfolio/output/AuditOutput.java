package org.clausecheck.portfolio.output;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.portfolio.AuditResult;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.portfolio.PortfolioReader;
import org.clausecheck.portfolio.StoredDocument;
import org.clausecheck.analyze.waiver.AppliedWaiver;
import org.clausecheck.analyze.waiver.Waivers;

/**
 * What the audit outputs show: the playbook (protections in its order), the rows, and the index from which
 * the evidence of one contract at a time is read.
 *
 * @param playbook the rules applied
 * @param result   the rows and counts
 * @param index    the committed index, for details
 * @param waivers  accepted gaps, shown beside the statuses they cover
 * @param inventory whether the audit read the clause inventory and key terms: their columns are shown then, and
 *                  only then, so that an audit with {@code --no-inventory} writes the columns it always wrote
 */
public record AuditOutput(Playbook playbook, AuditResult result, PortfolioReader index, Waivers waivers,
                          boolean inventory) {

    /** An output without waivers, with the inventory's columns when any contract has an inventory. */
    public AuditOutput(Playbook playbook, AuditResult result, PortfolioReader index) {
        this(playbook, result, index, Waivers.none());
    }

    /** An output with the inventory's columns when any contract has an inventory. */
    public AuditOutput(Playbook playbook, AuditResult result, PortfolioReader index, Waivers waivers) {
        this(playbook, result, index, waivers, result.rows().stream().anyMatch(row -> row.inventory() != null));
    }

    /** An output without waivers. */
    public AuditOutput(Playbook playbook, AuditResult result, PortfolioReader index, boolean inventory) {
        this(playbook, result, index, Waivers.none(), inventory);
    }

    public AuditOutput {
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(waivers, "waivers");
    }

    /** The waiver, in force or expired, covering a contract's finding on the rule at {@code ruleIndex}. */
    public Optional<AppliedWaiver> waiver(AuditRow row, int ruleIndex) {
        if (row.failed() || ruleIndex >= rules().size() || ruleIndex >= row.statuses().size()) {
            return Optional.empty();
        }
        return waivers.find(rules().get(ruleIndex).id(), row.key(), row.sha256());
    }

    /** "ip-ownership: waived until 2027-06-30 by J. Smith: reason; ...", "" for a row no waiver covers. */
    public String waiverNotes(AuditRow row) {
        List<String> notes = new java.util.ArrayList<>();
        for (int i = 0; i < rules().size(); i++) {
            int rule = i;
            waiver(row, i).ifPresent(w -> notes.add(rules().get(rule).id() + ": " + w.describe()));
        }
        return String.join("; ", notes);
    }

    public List<Rule> rules() {
        return playbook.rules();
    }

    public List<AuditRow> documents() {
        return result.rows().stream().filter(row -> !row.failed()).toList();
    }

    public List<AuditRow> failures() {
        return result.rows().stream().filter(AuditRow::failed).toList();
    }

    public Optional<StoredDocument> details(AuditRow row) throws IOException {
        return row.failed() ? Optional.empty() : index.document(row.key());
    }

    /** How many contracts have each status for the rule at {@code ruleIndex}. */
    public int count(int ruleIndex, Status status) {
        int count = 0;
        for (AuditRow row : documents()) {
            if (ruleIndex < row.statuses().size() && row.statuses().get(ruleIndex) == status) {
                count++;
            }
        }
        return count;
    }
}
