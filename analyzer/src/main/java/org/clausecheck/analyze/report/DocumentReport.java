package org.clausecheck.analyze.report;

import java.util.List;
import java.util.Objects;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionWarning;

/**
 * One contract in a report: what was read and what the analyzer found.
 *
 * @param file     the file as the user named it
 * @param sha256   SHA-256 of the file's bytes
 * @param format   the detected format
 * @param pages    page count, 0 when the format has no pages
 * @param warnings extraction warnings (pages without text and the like)
 * @param text     the document's body text, which evidence offsets point into
 * @param analysis parties, findings and summary
 */
public record DocumentReport(String file, String sha256, DocumentFormat format, int pages,
                             List<ExtractionWarning> warnings, String text, AnalysisReport analysis) {

    public DocumentReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
        warnings = List.copyOf(warnings);
    }

    public static DocumentReport of(ExtractedDocument document, AnalysisReport analysis) {
        return new DocumentReport(document.source(), document.id(), document.format(),
                document.metadata().pageCount(), document.warnings(), document.text(), analysis);
    }
}
