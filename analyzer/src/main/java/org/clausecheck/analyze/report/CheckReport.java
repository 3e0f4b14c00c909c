package org.clausecheck.analyze.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.waiver.AppliedWaiver;
import org.clausecheck.analyze.waiver.Waivers;

/**
 * Everything a renderer shows: the playbook applied, each contract's findings, and the files that could
 * not be read. Documents and errors are sorted by file so that reports can be diffed.
 *
 * @param playbook  the rules applied (titles, severities and recommended language come from here)
 * @param documents the contracts analysed
 * @param errors    the files that failed, with the reason
 * @param waivers   accepted gaps, shown beside the findings they cover (the findings themselves are unchanged)
 */
public record CheckReport(Playbook playbook, List<DocumentReport> documents, List<ProcessingError> errors,
                          Waivers waivers) {

    /** A report without waivers. */
    public CheckReport(Playbook playbook, List<DocumentReport> documents, List<ProcessingError> errors) {
        this(playbook, documents, errors, Waivers.none());
    }

    public CheckReport {
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(waivers, "waivers");
        documents = documents.stream().sorted(Comparator.comparing(DocumentReport::file)).toList();
        errors = errors.stream().sorted().toList();
    }

    /** The rule a finding refers to. */
    public Rule rule(String ruleId) {
        return playbook.rule(ruleId)
                .orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId + " in the playbook"));
    }

    /** The same report with these waivers beside its findings. */
    public CheckReport withWaivers(Waivers accepted) {
        return new CheckReport(playbook, documents, errors, accepted);
    }

    /** The waiver, in force or expired, that covers a finding of a document, if any. */
    public Optional<AppliedWaiver> waiver(DocumentReport document, Finding finding) {
        return waivers.find(finding.ruleId(), document.file(), document.sha256());
    }

    /** True when a waiver in force covers the finding: it is shown, but does not fail a run. */
    public boolean waived(DocumentReport document, Finding finding) {
        return waiver(document, finding).map(AppliedWaiver::inForce).orElse(false);
    }
}
