package org.clausecheck.analyze.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.clausecheck.analyze.finding.DocumentSummary;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.extract.ExtractionWarning;

/**
 * The report as Markdown, for pull requests, wikis and tickets: per contract a summary table (protection,
 * severity, status, where the evidence is), then each gap with its quotes as block quotes and the
 * language to ask for, then each met protection with the quotes it rests on. All contract text goes through {@link MarkdownEscaper}.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void render(CheckReport report, RenderOptions options, Writer out) throws IOException {
        out.write("# clausecheck report\n\n");
        out.write("Playbook: " + md(report.playbook().name()) + " " + md(report.playbook().version()) + "\n");
        if (report.documents().isEmpty() && report.errors().isEmpty()) {
            out.write("\nNo documents checked.\n");
        }
        for (DocumentReport document : report.documents()) {
            writeDocument(report, document, out);
            InventorySections.writeMarkdown(document, out);
        }
        if (!report.errors().isEmpty()) {
            out.write("\n## Errors\n\n| File | Reason |\n| --- | --- |\n");
            for (ProcessingError error : report.errors()) {
                out.write("| " + md(error.file()) + " | " + md(error.reason()) + " |\n");
            }
        }
    }

    private static void writeDocument(CheckReport report, DocumentReport document, Writer out) throws IOException {
        DocumentSummary summary = document.analysis().summary();
        out.write("\n## " + md(document.file()) + "\n\n");
        ReadCoverage coverage = ReadCoverage.of(document);
        if (coverage.partial()) {
            out.write("> **Incomplete:** " + md(coverage.headline()) + "\n\n");
        }
        out.write("- Format: " + md(ReportText.format(document)) + "\n");
        out.write("- Type: " + md(ReportText.documentType(document)) + "\n");
        if (!ReportText.termsNotInFile(document).isEmpty()) {
            out.write("- Incorporates: " + md(ReportText.termsNotInFile(document)) + "\n");
        }
        if (!ReportText.template(document).isEmpty()) {
            out.write("- Template: " + md(ReportText.template(document)) + "\n");
        }
        out.write("- SHA-256: `" + hex(document.sha256()) + "`\n");
        out.write("- Parties: " + md(ReportText.parties(summary.parties())) + "\n");
        out.write("- Roles: " + md(ReportText.roleDecision(summary.parties())) + "\n");
        out.write("- Protections met: " + summary.met() + " of " + summary.total() + "\n");
        out.write("- Risk: **" + summary.risk().name() + "**\n");
        for (ExtractionWarning warning : document.warnings()) {
            out.write("- Warning: " + md(warning.toString()) + "\n");
        }
        List<Finding> findings = ReportText.findings(report, document);
        out.write("\n| Protection | Severity | Status | Evidence location |\n| --- | --- | --- | --- |\n");
        for (Finding finding : findings) {
            Rule rule = report.rule(finding.ruleId());
            Evidence first = ReportText.firstEvidence(finding);
            String expectation = ReportText.expectation(document, finding);
            String incomplete = ReportText.incompleteNote(document, finding);
            String waiver = ReportText.waiverLabel(report, document, finding);
            out.write("| " + md(rule.title()) + " | " + ReportText.severity(rule.severity()) + " | "
                    + ReportText.statusLabel(finding.status()) + (expectation.isEmpty() ? "" : " (" + md(expectation) + ")")
                    + (incomplete.isEmpty() ? "" : " (" + md(incomplete) + ")")
                    + (waiver.isEmpty() ? "" : " (" + md(waiver) + ")")
                    + " | "
                    + (first == null ? "\u2014" : md(ReportText.location(first))) + " |\n");
        }
        List<Finding> gaps = findings.stream().filter(finding -> finding.status() != Status.MET).toList();
        if (!gaps.isEmpty()) {
            out.write("\n### Gaps\n");
            for (Finding finding : gaps) {
                writeGap(report.rule(finding.ruleId()), finding, ReportText.expectation(document, finding),
                        ReportText.incompleteNote(document, finding), out);
                String waiver = ReportText.waiverNote(report, document, finding);
                if (!waiver.isEmpty()) {
                    out.write("\n**Waiver:** " + md(waiver) + "\n");
                }
            }
        }
        // What a MET rests on, so that a reviewer can check it as well as the gaps.
        List<Finding> met = findings.stream().filter(finding -> finding.status() == Status.MET).toList();
        if (!met.isEmpty()) {
            out.write("\n### Met\n");
            for (Finding finding : met) {
                writeGap(report.rule(finding.ruleId()), finding, ReportText.expectation(document, finding),
                        ReportText.incompleteNote(document, finding), out);
            }
        }
    }

    private static void writeGap(Rule rule, Finding finding, String expectation, String incomplete, Writer out)
            throws IOException {
        out.write("\n#### " + ReportText.statusLabel(finding.status()) + ": " + md(rule.title()) + "\n\n");
        out.write("Severity " + ReportText.severity(rule.severity()) + ", confidence "
                + ReportText.confidence(finding.confidence())
                + (expectation.isEmpty() ? "" : "; " + md(expectation) + ": no gap")
                + (incomplete.isEmpty() ? "" : "; " + md(incomplete)) + ".\n");
        for (Evidence evidence : ReportText.evidence(finding)) {
            out.write("\n> " + md(ReportText.shorten(evidence.quote(), ReportText.QUOTE_LIMIT)) + "\n>\n> \u2014 "
                    + md(ReportText.location(evidence)) + " (" + evidence.kind().name().toLowerCase(Locale.ROOT) + (evidence.note().isBlank() ? "" : ", " + md(evidence.note())) + ")\n");
        }
        List<String> reasons = ReportText.reasons(finding);
        if (!reasons.isEmpty()) {
            out.write("\n");
            for (String reason : reasons) {
                out.write("- " + md(reason) + "\n");
            }
        }
        if (!finding.related().isEmpty()) {
            out.write("\n**" + ReportText.RELATED_TITLE + "** (" + md(ReportText.RELATED_NOTE) + "):\n");
            for (RelatedPassage passage : finding.related()) {
                out.write("\n> " + md(ReportText.shorten(passage.quote(), ReportText.QUOTE_LIMIT)) + "\n>\n> \u2014 "
                        + md(ReportText.location(passage)) + " (" + md(ReportText.relatedBasis(passage)) + ")\n");
            }
        }
        if (finding.status() != Status.MET && !finding.recommendation().isBlank()) {
            out.write("\n**Ask for:** " + md(finding.recommendation()) + "\n");
        }
    }

    private static String md(String text) {
        return MarkdownEscaper.escape(text);
    }

    /** The digest is the extractor's, but a code span must still not be closed by a stray backtick. */
    private static String hex(String digest) {
        return digest.replaceAll("[^0-9A-Za-z]", "");
    }
}
