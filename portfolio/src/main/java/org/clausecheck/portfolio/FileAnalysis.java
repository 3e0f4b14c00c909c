package org.clausecheck.portfolio;

import java.util.Objects;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.parties.CustomerNotFoundException;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.FormatDetector;

/**
 * One file's extraction and analysis exactly as the audit does it: the per-file work that the audit's workers and a
 * Spark job's executors share, so that both give the same findings. A file that cannot be read or analysed is an
 * {@link Outcome} with its reason, never an exception. Thread-safe; keep one per playbook, so that the analyzer
 * compiles the playbook's queries once.
 */
public final class FileAnalysis {

    private final ContractSource source;
    private final AnalysisOptions options;
    private final ContractAnalyzer analyzer = new ContractAnalyzer();

    public FileAnalysis(ContractSource source, AnalysisOptions options) {
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * What became of one file: the document and its report, or the reason it failed.
     *
     * @param extracted the document as read, or null for a failure
     * @param report    the analysis with the document's facts, or null for a failure
     * @param error     why the file could not be audited (one line), or null
     */
    public record Outcome(ExtractedDocument extracted, DocumentReport report, String error) {

        public Outcome {
            if ((error == null) == (report == null)) {
                throw new IllegalArgumentException("an outcome has either a report or an error");
            }
        }

        public boolean failed() {
            return error != null;
        }
    }

    /** The content's SHA-256 in lower-case hex, as the audit keys contents. */
    public static String sha256(byte[] bytes) {
        return AuditRunner.sha256(bytes);
    }

    /** Extracts and analyses the file's content; the same content always gives the same outcome. */
    public Outcome analyse(PortfolioFile file, byte[] bytes) {
        try {
            ExtractedDocument extracted = source.extract(file, bytes);
            AnalysisReport analysis = analyzer.analyze(extracted, options);
            return new Outcome(extracted, DocumentReport.of(extracted, analysis), null);
        } catch (ExtractionException e) {
            return new Outcome(null, null, e.reason());
        } catch (CustomerNotFoundException e) {
            return new Outcome(null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(null, null, "analysis failed: " + FormatDetector.oneLine(e));
        }
    }
}
