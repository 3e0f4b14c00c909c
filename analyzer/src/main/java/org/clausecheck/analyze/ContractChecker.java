package org.clausecheck.analyze;

import java.util.ArrayList;
import java.util.List;
import org.clausecheck.analyze.parties.CustomerNotFoundException;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.analyze.report.ProcessingError;
import org.clausecheck.extract.ExtractedDocument;

/**
 * The pre-signature check of several contracts: each extracted document analysed, and a failure of one
 * analysis turned into an error row of the report rather than the end of the run.
 */
public final class ContractChecker {

    private final ContractAnalyzer analyzer = new ContractAnalyzer();
    private final AnalysisOptions options;

    public ContractChecker(AnalysisOptions options) {
        this.options = options;
    }

    /** The report over the documents read, with the files that could not be read as errors. */
    public CheckReport check(List<ExtractedDocument> documents, List<ProcessingError> readErrors) {
        List<ProcessingError> errors = new ArrayList<>(readErrors);
        List<DocumentReport> reports = new ArrayList<>();
        for (ExtractedDocument document : documents) {
            try {
                reports.add(DocumentReport.of(document, analyzer.analyze(document, options)));
            } catch (CustomerNotFoundException e) {
                errors.add(new ProcessingError(document.source(), e.getMessage()));
            } catch (RuntimeException e) {
                errors.add(new ProcessingError(document.source(), "analysis failed: " + e.getMessage()));
            }
        }
        return new CheckReport(options.playbook(), reports, errors);
    }
}
