package org.clausecheck.analyze;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausecheck.analyze.finding.DocumentSummary;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.doctype.DocumentProfile;
import org.clausecheck.analyze.inventory.ClauseInventory;
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
 * @param profile         the document's type, the rules it is not expected to carry, the terms it incorporates
 *                        by reference and how far it is an unfinished form
 * @param inventory       the categories of clause and the key terms, or null when not read
 */
public record AnalysisReport(String documentId, String source, String playbookVersion, DocumentSummary summary,
                             List<DefinedTerm> definedTerms, List<Finding> findings, DocumentProfile profile,
                             ClauseInventory inventory) {

    public AnalysisReport {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(summary, "summary");
        definedTerms = List.copyOf(definedTerms);
        findings = List.copyOf(findings);
        profile = profile == null ? DocumentProfile.UNKNOWN : profile;
    }

    /** A report without an inventory. */
    public AnalysisReport(String documentId, String source, String playbookVersion, DocumentSummary summary,
                          List<DefinedTerm> definedTerms, List<Finding> findings, DocumentProfile profile) {
        this(documentId, source, playbookVersion, summary, definedTerms, findings, profile, null);
    }

    /** A report without a document profile: every rule expected. */
    public AnalysisReport(String documentId, String source, String playbookVersion, DocumentSummary summary,
                          List<DefinedTerm> definedTerms, List<Finding> findings) {
        this(documentId, source, playbookVersion, summary, definedTerms, findings, DocumentProfile.UNKNOWN, null);
    }

    /** True when the document's type is expected to carry the rule: a finding on it can be a gap. */
    public boolean expects(String ruleId) {
        return profile.expects(ruleId);
    }

    public Optional<ClauseInventory> clauseInventory() {
        return Optional.ofNullable(inventory);
    }

    public Optional<Finding> finding(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }
}
