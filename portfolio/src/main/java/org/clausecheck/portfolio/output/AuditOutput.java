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

/**
 * What the audit outputs show: the playbook (protections in its order), the rows, and the index from which
 * the evidence of one contract at a time is read.
 *
 * @param playbook the rules applied
 * @param result   the rows and counts
 * @param index    the committed index, for details
 * @param inventory whether the audit read the clause inventory and key terms: their columns are shown then, and
 *                  only then, so that an audit with {@code --no-inventory} writes the columns it always wrote
 */
public record AuditOutput(Playbook playbook, AuditResult result, PortfolioReader index, boolean inventory) {

    /** The inventory's columns when any contract has an inventory. */
    public AuditOutput(Playbook playbook, AuditResult result, PortfolioReader index) {
        this(playbook, result, index, result.rows().stream().anyMatch(row -> row.inventory() != null));
    }

    public AuditOutput {
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(index, "index");
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
