package org.clausecheck.analyze.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;

/**
 * Everything a renderer shows: the playbook applied, each contract's findings, and the files that could
 * not be read. Documents and errors are sorted by file so that reports can be diffed.
 *
 * @param playbook  the rules applied (titles, severities and recommended language come from here)
 * @param documents the contracts analysed
 * @param errors    the files that failed, with the reason
 */
public record CheckReport(Playbook playbook, List<DocumentReport> documents, List<ProcessingError> errors) {

    public CheckReport {
        Objects.requireNonNull(playbook, "playbook");
        documents = documents.stream().sorted(Comparator.comparing(DocumentReport::file)).toList();
        errors = errors.stream().sorted().toList();
    }

    /** The rule a finding refers to. */
    public Rule rule(String ruleId) {
        return playbook.rule(ruleId)
                .orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId + " in the playbook"));
    }
}
