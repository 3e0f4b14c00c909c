package org.clausecheck.analyze;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausecheck.analyze.finding.DocumentSummary;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.doctype.DocumentProfile;
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
 */
public record AnalysisReport(String documentId, String source, String playbookVersion, DocumentSummary summary,
                             List<DefinedTerm> definedTerms, List<Finding> findings, DocumentProfile profile) {

    public AnalysisReport {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(summary, "summary");
        definedTerms = List.copyOf(definedTerms);
        findings = List.copyOf(findings);
        profile = profile == null ? DocumentProfile.UNKNOWN : profile;
    }

    /** A report without a document profile: every rule expected. */
    public AnalysisReport(String documentId, String source, String playbookVersion, DocumentSummary summary,
                          List<DefinedTerm> definedTerms, List<Finding> findings) {
        this(documentId, source, playbookVersion, summary, definedTerms, findings, DocumentProfile.UNKNOWN);
    }

    /** True when the document's type is expected to carry the rule: a finding on it can be a gap. */
    public boolean expects(String ruleId) {
        return profile.expects(ruleId);
    }

    public Optional<Finding> finding(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }
}
