package org.clausecheck.analyze.report;

import java.util.Comparator;
import java.util.List;
import org.clausecheck.extract.ExtractedDocument;

/**
 * The outcome of extracting several files: the documents read and the files that failed, each sorted
 * by file name so that output can be diffed.
 */
public record ExtractionReport(List<ExtractedDocument> documents, List<ProcessingError> errors) {

    public ExtractionReport {
        documents = documents.stream().sorted(Comparator.comparing(ExtractedDocument::source)).toList();
        errors = errors.stream().sorted().toList();
    }
}
