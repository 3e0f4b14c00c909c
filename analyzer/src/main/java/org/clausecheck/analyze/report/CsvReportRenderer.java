package org.clausecheck.analyze.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.playbook.Rule;

/**
 * One row per (contract, protection) for spreadsheets, then one row per file that could not be read, with
 * status {@code ERROR}. RFC 4180: a header row, CRLF line ends, quotes only where needed. Every cell that
 * holds contract or user text goes through {@link CsvEscaper#text}, which neutralises formulas.
 */
public final class CsvReportRenderer implements ReportRenderer {

    static final List<String> COLUMNS = List.of("file", "sha256", "ruleId", "title", "severity", "status",
            "confidence", "page", "section", "quote", "recommendation", "reason", "related", "documentType",
            "expected", "incomplete", "waiver");

    private static final String CRLF = "\r\n";

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void render(CheckReport report, RenderOptions options, Writer out) throws IOException {
        writeRow(COLUMNS.stream().map(CsvEscaper::text).toList(), out);
        for (DocumentReport document : report.documents()) {
            for (Finding finding : ReportText.findings(report, document)) {
                writeRow(row(report, document, finding), out);
            }
        }
        for (ProcessingError error : report.errors()) {
            List<String> cells = new ArrayList<>();
            cells.add(CsvEscaper.text(error.file()));
            cells.addAll(List.of("", "", "", "", "ERROR", "", "", "", "", ""));
            cells.add(CsvEscaper.text(ReportText.oneLine(error.reason())));
            cells.addAll(List.of("", "", "", "", ""));
            writeRow(cells, out);
        }
    }

    private static List<String> row(CheckReport report, DocumentReport document, Finding finding) {
        Rule rule = report.rule(finding.ruleId());
        Evidence first = ReportText.firstEvidence(finding);
        List<String> cells = new ArrayList<>();
        cells.add(CsvEscaper.text(document.file()));
        cells.add(CsvEscaper.text(document.sha256()));
        cells.add(CsvEscaper.text(finding.ruleId()));
        cells.add(CsvEscaper.text(ReportText.oneLine(rule.title())));
        cells.add(CsvEscaper.text(rule.severity().name()));
        cells.add(CsvEscaper.text(finding.status().name()));
        cells.add(CsvEscaper.number(ReportText.confidence(finding.confidence())));
        cells.add(first == null || first.page() <= 0 ? "" : CsvEscaper.number(Integer.toString(first.page())));
        cells.add(first == null ? "" : CsvEscaper.text(nullToEmpty(first.sectionNumber())));
        cells.add(first == null ? "" : CsvEscaper.text(ReportText.oneLine(first.quote())));
        cells.add(CsvEscaper.text(ReportText.oneLine(finding.recommendation())));
        List<String> reasons = new ArrayList<>(ReportText.reasons(finding));
        String incomplete = ReportText.incompleteNote(document, finding);
        if (!incomplete.isEmpty()) {
            reasons.add(0, incomplete + " (" + ReadCoverage.of(document).summary() + ")");
        }
        cells.add(CsvEscaper.text(String.join("; ", reasons.stream().map(ReportText::oneLine).toList())));
        cells.add(CsvEscaper.text(String.join(" | ", finding.related().stream().map(CsvReportRenderer::related)
                .toList())));
        cells.add(CsvEscaper.text(document.analysis().profile().type()));
        cells.add(document.analysis().expects(finding.ruleId()) ? "true" : "false");
        // The document was read in part: the verdict is incomplete, the reason above says which pages.
        cells.add(ReadCoverage.of(document).partial() ? "true" : "false");
        // An accepted gap: the status above is the analyzer's, the waiver says who accepted it and until when.
        cells.add(CsvEscaper.text(ReportText.waiverNote(report, document, finding)));
        return cells;
    }

    /** "page 3, section 7.2 (score 0.81, classifier:audit-rights): quote", on one line. */
    private static String related(RelatedPassage passage) {
        return ReportText.oneLine(ReportText.location(passage) + " (" + ReportText.relatedBasis(passage) + "): "
                + passage.quote());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static void writeRow(List<String> cells, Writer out) throws IOException {
        out.write(String.join(",", cells));
        out.write(CRLF);
    }
}
