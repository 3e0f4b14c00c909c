package org.clausecheck.analyze.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.clausecheck.analyze.finding.DocumentSummary;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.Severity;
import org.clausecheck.extract.ExtractionWarning;

/**
 * The terminal report: per contract a header, one line per protection, then each gap or weak point with
 * its evidence, the reasons and the language to ask for, then each met protection with the evidence it rests on. Colour (ANSI) only when the options ask for it,
 * which the command line does on a terminal only.
 */
public final class TextReportRenderer implements ReportRenderer {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String RED = "\u001B[31m";
    private static final String BOLD_RED = "\u001B[1;31m";

    /** Width of the status column: the longest label, "✗ CONTRARY", plus a space. */
    private static final int STATUS_WIDTH = 11;

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void render(CheckReport report, RenderOptions options, Writer out) throws IOException {
        Ansi ansi = new Ansi(options.color());
        out.write("clausecheck report, playbook " + oneLine(report.playbook().name()) + " "
                + oneLine(report.playbook().version()) + "\n");
        if (report.documents().isEmpty() && report.errors().isEmpty()) {
            out.write("\nNo documents checked.\n");
        }
        for (DocumentReport document : report.documents()) {
            writeDocument(report, document, ansi, out);
            InventorySections.writeText(document, out);
        }
        if (!report.errors().isEmpty()) {
            out.write("\n" + ansi.paint(BOLD, "Errors") + "\n");
            for (ProcessingError error : report.errors()) {
                out.write("  " + oneLine(error.file()) + ": " + oneLine(error.reason()) + "\n");
            }
        }
    }

    private static void writeDocument(CheckReport report, DocumentReport document, Ansi ansi, Writer out)
            throws IOException {
        DocumentSummary summary = document.analysis().summary();
        out.write("\n" + ansi.paint(BOLD, oneLine(document.file())) + "\n");
        ReadCoverage coverage = ReadCoverage.of(document);
        if (coverage.partial()) {
            out.write("  " + ansi.paint(BOLD_RED, "Incomplete:") + "  " + oneLine(coverage.headline()) + "\n");
        }
        out.write("  Format:      " + ReportText.format(document) + "\n");
        out.write("  Type:        " + ReportText.documentType(document) + "\n");
        if (!ReportText.termsNotInFile(document).isEmpty()) {
            out.write("  Refers to:   " + ReportText.termsNotInFile(document) + "\n");
        }
        if (!ReportText.template(document).isEmpty()) {
            out.write("  Template:    " + ReportText.template(document) + "\n");
        }
        out.write("  Parties:     " + ReportText.parties(summary.parties()) + "\n");
        out.write("  Roles:       " + ReportText.roleDecision(summary.parties()) + "\n");
        out.write("  Result:      " + summary.met() + " of " + summary.total() + " protections met, risk "
                + ansi.paint(riskColour(summary.risk()), summary.risk().name()) + "\n");
        for (ExtractionWarning warning : document.warnings()) {
            out.write("  Warning:     " + oneLine(warning.toString()) + "\n");
        }
        List<Finding> findings = ReportText.findings(report, document);
        out.write("\n");
        for (Finding finding : findings) {
            Rule rule = report.rule(finding.ruleId());
            String expectation = ReportText.expectation(document, finding);
            String incomplete = ReportText.incompleteNote(document, finding);
            String waiver = ReportText.waiverLabel(report, document, finding);
            out.write("  " + status(finding.status(), ansi) + " " + oneLine(rule.title())
                    + (rule.severity() == Severity.REQUIRED ? " [required]" : "")
                    + (expectation.isEmpty() ? "" : " (" + expectation + ")")
                    + (incomplete.isEmpty() ? "" : " (" + incomplete + ")")
                    + (waiver.isEmpty() ? "" : " (" + waiver + ")") + "\n");
        }
        List<Finding> gaps = findings.stream().filter(finding -> finding.status() != Status.MET).toList();
        if (!gaps.isEmpty()) {
            out.write("\n  " + ansi.paint(BOLD, "Gaps") + "\n");
            for (Finding finding : gaps) {
                writeGap(report.rule(finding.ruleId()), finding, ReportText.expectation(document, finding),
                        ReportText.incompleteNote(document, finding), ansi, out);
                String waiver = ReportText.waiverNote(report, document, finding);
                if (!waiver.isEmpty()) {
                    out.write("    " + ansi.paint(BOLD, "Waiver:") + " " + waiver + "\n");
                }
            }
        }
        // What a MET rests on, so that a reviewer can check it as well as the gaps.
        List<Finding> met = findings.stream().filter(finding -> finding.status() == Status.MET).toList();
        if (!met.isEmpty()) {
            out.write("\n  " + ansi.paint(BOLD, "Met") + "\n");
            for (Finding finding : met) {
                writeGap(report.rule(finding.ruleId()), finding, ReportText.expectation(document, finding),
                        ReportText.incompleteNote(document, finding), ansi, out);
            }
        }
    }

    private static void writeGap(Rule rule, Finding finding, String expectation, String incomplete, Ansi ansi,
                                 Writer out) throws IOException {
        out.write("\n  " + status(finding.status(), ansi) + " " + oneLine(rule.title()) + " ("
                + ReportText.severity(rule.severity()) + ", confidence " + ReportText.confidence(finding.confidence())
                + (expectation.isEmpty() ? "" : ", " + expectation + ": no gap")
                + (incomplete.isEmpty() ? "" : ", " + incomplete) + ")\n");
        for (Evidence evidence : ReportText.evidence(finding)) {
            out.write("    \u201C" + ReportText.shorten(evidence.quote(), ReportText.QUOTE_LIMIT) + "\u201D\n");
            String note = evidence.note().isBlank() ? "" : ", " + oneLine(evidence.note());
            out.write("      " + ReportText.location(evidence) + " [" + evidence.kind().name().toLowerCase(Locale.ROOT) + note + "]\n");
        }
        for (String reason : ReportText.reasons(finding)) {
            out.write("    - " + oneLine(reason) + "\n");
        }
        if (!finding.related().isEmpty()) {
            out.write("    " + ReportText.RELATED_TITLE + " (" + ReportText.RELATED_NOTE + "):\n");
            for (RelatedPassage passage : finding.related()) {
                out.write("    \u201C" + ReportText.shorten(passage.quote(), ReportText.QUOTE_LIMIT) + "\u201D\n");
                out.write("      " + ReportText.location(passage) + " [" + ReportText.relatedBasis(passage) + "]\n");
            }
        }
        if (finding.status() != Status.MET && !finding.recommendation().isBlank()) {
            out.write("    Ask for: " + oneLine(finding.recommendation()) + "\n");
        }
    }

    /** "✗ CONTRARY " padded to one width so that titles line up; the padding stays outside the colour. */
    private static String status(Status status, Ansi ansi) {
        String label = ReportText.statusLabel(status);
        String padding = " ".repeat(Math.max(0, STATUS_WIDTH - label.length()));
        return ansi.paint(statusColour(status), label) + padding;
    }

    private static String statusColour(Status status) {
        return switch (status) {
            case MET -> GREEN;
            case WEAK -> YELLOW;
            case CONTRARY -> BOLD_RED;
            case MISSING -> RED;
        };
    }

    private static String riskColour(RiskLevel risk) {
        return switch (risk) {
            case LOW -> GREEN;
            case MEDIUM -> YELLOW;
            case HIGH -> BOLD_RED;
        };
    }

    private static String oneLine(String text) {
        return ReportText.oneLine(text);
    }

    /** Wraps text in an ANSI colour, or leaves it alone when colour is off. */
    private record Ansi(boolean enabled) {
        String paint(String code, String text) {
            return enabled ? code + text + RESET : text;
        }
    }
}
