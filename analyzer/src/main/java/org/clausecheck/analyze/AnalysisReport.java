package org.clausecheck.analyze;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausecheck.analyze.finding.DocumentSummary;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.parties.DefinedTerm;

/**
 * The result of analysing one contract.
 *
 * @param documentId      the extracted document's id (SHA-256 of the file)
 * @param source          where the document was read from
 * @param playbookVersion the playbook's version
 * @param summary         parties, counts and risk
 * @param definedTerms    the terms the contract defines, in order of definition
 * @param findings        one finding per rule, in playbook order
 */
public record AnalysisReport(String documentId, String source, String playbookVersion, DocumentSummary summary,
                             List<DefinedTerm> definedTerms, List<Finding> findings) {

    public AnalysisReport {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(summary, "summary");
        definedTerms = List.copyOf(definedTerms);
        findings = List.copyOf(findings);
    }

    public Optional<Finding> finding(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }
}
