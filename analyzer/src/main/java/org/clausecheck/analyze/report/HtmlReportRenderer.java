package org.clausecheck.analyze.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
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
 * One self-contained HTML page to send to counsel: inline CSS, no script, no external resource of any
 * kind (fonts, images, links to other sites), so that it renders the same offline, in a mail client or
 * an archive. Per contract a summary table, then every protection with its evidence shown in context with
 * the quoted sentence marked. Every piece of contract-derived text (quotes, file names, parties,
 * headings, reasons) goes through {@link HtmlEscaper}; a Content-Security-Policy forbids scripts as a
 * second line of defence.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    /** Characters of contract text shown before and after a quote. */
    static final int CONTEXT = 200;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private static final String STYLE = """
            :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa;
              --met: #1a7f37; --met-bg: #dafbe1; --weak: #7d4e00; --weak-bg: #fff8c5;
              --contrary: #a40e26; --contrary-bg: #ffebe9; --missing: #953800; --missing-bg: #fff1e5; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: #fff; font-size: 15px; line-height: 1.55;
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1080px; margin: 0 auto; padding: 32px 28px 64px; }
            header.report { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 8px; }
            h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
            h2 { font-size: 21px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line);
              overflow-wrap: anywhere; }
            h3 { font-size: 17px; margin: 28px 0 10px; }
            h3.fix-first { color: var(--contrary); }
            tr.fix-first td:first-child { border-left: 4px solid var(--contrary); }
            h4 { font-size: 16px; margin: 0 0 6px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
            .muted { color: var(--muted); }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0 0 16px; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; overflow-wrap: anywhere; }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
            th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }
            th { background: var(--soft); font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em;
              color: var(--muted); }
            tbody tr:hover { background: #fbfcfd; }
            table.summary td:first-child { width: 36%; }
            td a { color: inherit; text-decoration: none; border-bottom: 1px dotted var(--muted); }
            .badge { display: inline-block; white-space: nowrap; font-weight: 600; font-size: 13px;
              padding: 1px 9px; border-radius: 999px; border: 1px solid currentColor; }
            .MET { color: var(--met); background: var(--met-bg); }
            .WEAK { color: var(--weak); background: var(--weak-bg); }
            .CONTRARY { color: var(--contrary); background: var(--contrary-bg); }
            .MISSING { color: var(--missing); background: var(--missing-bg); }
            .LOW { color: var(--met); background: var(--met-bg); }
            .MEDIUM { color: var(--weak); background: var(--weak-bg); }
            .HIGH { color: var(--contrary); background: var(--contrary-bg); }
            .required { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em;
              color: var(--contrary); }
            .recommended { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
            article.finding { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 6px;
              padding: 14px 18px; margin: 14px 0; break-inside: avoid; color: var(--ink); background: #fff; }
            article.finding.MET { border-left-color: var(--met); }
            article.finding.WEAK { border-left-color: #d4a72c; }
            article.finding.CONTRARY { border-left-color: var(--contrary); }
            article.finding.MISSING { border-left-color: #e16f24; }
            figure.evidence { margin: 10px 0; }
            figure.evidence figcaption { font-size: 13px; color: var(--muted); margin-bottom: 4px; }
            blockquote.context { margin: 0; padding: 10px 14px; background: var(--soft); border-radius: 4px;
              white-space: pre-line; font-family: Georgia, "Times New Roman", serif; font-size: 15px;
              color: #3d444d; overflow-wrap: anywhere; }
            mark { background: #fff0a8; color: var(--ink); padding: 1px 2px; border-radius: 2px; }
            ul.reasons { margin: 8px 0; padding-left: 20px; color: var(--muted); font-size: 14px; }
            .ask { margin-top: 10px; padding: 10px 14px; border-radius: 4px; background: #ddf4ff;
              border: 1px solid #b6e3ff; }
            .none { font-style: italic; color: var(--muted); }
            .incomplete { border-left: 4px solid #b42318; padding: 6px 10px; background: #fef3f2; }
            div.related { margin-top: 10px; padding: 4px 14px; border: 1px dashed var(--line); border-radius: 4px; }
            figure.related mark { background: #e8e8e8; }
            footer { margin-top: 48px; font-size: 13px; color: var(--muted); }
            @media print { main { padding: 0; } tbody tr:hover { background: none; } }
            """;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void render(CheckReport report, RenderOptions options, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n");
        out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + title(report) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n");
        out.write("<header class=\"report\">\n<h1>Contract review</h1>\n<p class=\"muted\">clausecheck, playbook "
                + esc(report.playbook().name()) + " " + esc(report.playbook().version()) + " &middot; "
                + count(report.documents().size(), "contract") + " checked &middot; "
                + count(report.errors().size(), "file") + " not processed</p>\n</header>\n");
        if (report.documents().isEmpty() && report.errors().isEmpty()) {
            out.write("<p class=\"none\">No documents checked.</p>\n");
        }
        if (report.documents().size() > 1) {
            writeOverview(report, out);
        }
        for (int i = 0; i < report.documents().size(); i++) {
            writeDocument(report, report.documents().get(i), "d" + (i + 1), out);
        }
        if (!report.errors().isEmpty()) {
            writeErrors(report.errors(), out);
        }
        out.write("<footer>Generated by clausecheck. This report flags gaps for review by counsel; "
                + "it is not legal advice.</footer>\n</main>\n</body>\n</html>\n");
    }

    private static String title(CheckReport report) {
        if (report.documents().size() == 1) {
            return "Contract review: " + esc(ReportText.oneLine(report.documents().get(0).file()));
        }
        return "Contract review";
    }

    private static void writeOverview(CheckReport report, Writer out) throws IOException {
        out.write("<table class=\"overview\">\n<thead><tr><th>Contract</th><th>Protections met</th><th>Risk</th>"
                + "</tr></thead>\n<tbody>\n");
        for (int i = 0; i < report.documents().size(); i++) {
            DocumentReport document = report.documents().get(i);
            DocumentSummary summary = document.analysis().summary();
            out.write("<tr><td><a href=\"#d" + (i + 1) + "\">" + esc(ReportText.oneLine(document.file()))
                    + "</a></td><td>" + summary.met() + " of " + summary.total() + "</td><td><span class=\"badge "
                    + summary.risk().name() + "\">" + summary.risk().name() + "</span></td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private static void writeDocument(CheckReport report, DocumentReport document, String id, Writer out)
            throws IOException {
        DocumentSummary summary = document.analysis().summary();
        out.write("<section class=\"document\" id=\"" + id + "\">\n<h2>" + esc(ReportText.oneLine(document.file()))
                + "</h2>\n");
        ReadCoverage coverage = ReadCoverage.of(document);
        if (coverage.partial()) {
            out.write("<p class=\"incomplete\"><strong>Incomplete:</strong> " + esc(coverage.headline()) + "</p>\n");
        }
        out.write("<dl class=\"facts\">\n");
        fact("Format", esc(ReportText.format(document)), out);
        fact("Type", esc(ReportText.documentType(document)), out);
        if (!ReportText.termsNotInFile(document).isEmpty()) {
            fact("Incorporates", esc(ReportText.termsNotInFile(document)), out);
        }
        if (!ReportText.template(document).isEmpty()) {
            fact("Template", esc(ReportText.template(document)), out);
        }
        fact("SHA-256", "<code>" + esc(document.sha256()) + "</code>", out);
        fact("Parties", esc(ReportText.parties(summary.parties())), out);
        fact("Roles", esc(ReportText.roleDecision(summary.parties())), out);
        fact("Protections met", summary.met() + " of " + summary.total(), out);
        fact("Risk", "<span class=\"badge " + summary.risk().name() + "\">" + summary.risk().name() + "</span>", out);
        for (ExtractionWarning warning : document.warnings()) {
            fact("Warning", esc(ReportText.oneLine(warning.toString())), out);
        }
        out.write("</dl>\n");
        // The gaps to fix before signing lead, in the summary and in the protections below; then the rest.
        List<Finding> all = ReportText.findings(report, document);
        List<Finding> fixFirst = all.stream().filter(f -> ReportText.fixFirst(report, document, f)).toList();
        List<Finding> rest = all.stream().filter(f -> !ReportText.fixFirst(report, document, f)).toList();
        List<Finding> findings = new ArrayList<>(fixFirst);
        findings.addAll(rest);
        out.write("<table class=\"summary\">\n<thead><tr><th>Protection</th><th>Severity</th><th>Status</th>"
                + "<th>Confidence</th><th>Evidence</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Rule rule = report.rule(finding.ruleId());
            Evidence first = ReportText.firstEvidence(finding);
            out.write("<tr" + (i < fixFirst.size() ? " class=\"fix-first\"" : "") + "><td><a href=\"#" + id + "-f"
                    + (i + 1) + "\">" + esc(ReportText.oneLine(rule.title()))
                    + "</a></td><td><span class=\"" + ReportText.severity(rule.severity()) + "\">"
                    + ReportText.severity(rule.severity()) + "</span></td><td>" + badge(finding.status())
                    + expectation(document, finding) + waiverLabel(report, document, finding) + "</td><td>" + ReportText.confidence(finding.confidence()) + "</td><td>"
                    + (first == null ? "<span class=\"none\">none</span>" : esc(ReportText.location(first)))
                    + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n<h3 class=\"fix-first\">Fix first</h3>\n");
        if (fixFirst.isEmpty()) {
            out.write("<p class=\"none\">Nothing: every required protection is met.</p>\n");
        } else {
            out.write("<p class=\"muted\">Required protections that are not met: " + count(fixFirst.size(), "gap")
                    + " to close before signing.</p>\n");
        }
        for (int i = 0; i < fixFirst.size(); i++) {
            Finding finding = fixFirst.get(i);
            writeFinding(report, document, finding, id + "-f" + (i + 1), out);
        }
        out.write("<h3>" + (fixFirst.isEmpty() ? "Protections" : "Other protections") + "</h3>\n");
        for (int i = 0; i < rest.size(); i++) {
            Finding finding = rest.get(i);
            writeFinding(report, document, finding, id + "-f" + (fixFirst.size() + i + 1), out);
        }
        InventorySections.writeHtml(document, out);
        out.write("</section>\n");
    }

    private static void writeFinding(CheckReport report, DocumentReport document, Finding finding, String id,
                                     Writer out) throws IOException {
        Rule rule = report.rule(finding.ruleId());
        out.write("<article class=\"finding " + finding.status().name() + "\" id=\"" + id + "\">\n<h4>"
                + badge(finding.status()) + " <span>" + esc(ReportText.oneLine(rule.title())) + "</span> <span class=\""
                + ReportText.severity(rule.severity()) + "\">" + ReportText.severity(rule.severity())
                + "</span> <span class=\"muted\">confidence " + ReportText.confidence(finding.confidence())
                + "</span>" + expectation(document, finding) + waiverLabel(report, document, finding) + "</h4>\n");
        String waiver = ReportText.waiverNote(report, document, finding);
        if (!waiver.isEmpty()) {
            out.write("<p class=\"waiver\"><strong>Waiver:</strong> " + esc(waiver) + "</p>\n");
        }
        List<Evidence> evidence = ReportText.evidence(finding);
        if (evidence.isEmpty()) {
            out.write("<p class=\"none\">No evidence in the contract.</p>\n");
        }
        for (Evidence item : evidence) {
            out.write("<figure class=\"evidence\">\n<figcaption>" + esc(ReportText.location(item)) + " &middot; "
                    + item.kind().name().toLowerCase(Locale.ROOT)
                    + (item.note().isBlank() ? "" : " &middot; " + esc(ReportText.oneLine(item.note())))
                    + "</figcaption>\n<blockquote class=\"context\">" + inContext(document.text(), item)
                    + "</blockquote>\n</figure>\n");
        }
        List<String> reasons = ReportText.reasons(finding);
        if (!reasons.isEmpty()) {
            out.write("<ul class=\"reasons\">\n");
            for (String reason : reasons) {
                out.write("<li>" + esc(ReportText.oneLine(reason)) + "</li>\n");
            }
            out.write("</ul>\n");
        }
        if (!finding.related().isEmpty()) {
            out.write("<div class=\"related\">\n<p><strong>" + ReportText.RELATED_TITLE + "</strong> <span class=\"muted\">"
                    + esc(ReportText.RELATED_NOTE) + "</span></p>\n");
            for (RelatedPassage passage : finding.related()) {
                out.write("<figure class=\"evidence related\">\n<figcaption>" + esc(ReportText.location(passage))
                        + " &middot; " + esc(ReportText.relatedBasis(passage)) + "</figcaption>\n<blockquote class=\"context\">"
                        + inContext(document.text(), passage.start(), passage.end(), passage.quote())
                        + "</blockquote>\n</figure>\n");
            }
            out.write("</div>\n");
        }
        if (finding.status() != Status.MET && !finding.recommendation().isBlank()) {
            out.write("<div class=\"ask\"><strong>Ask for:</strong> " + esc(ReportText.oneLine(finding.recommendation()))
                    + "</div>\n");
        }
        out.write("</article>\n");
    }

    /** " waived" or " waiver expired" in muted type, or "" for a finding no waiver covers. */
    private static String waiverLabel(CheckReport report, DocumentReport document, Finding finding) {
        String label = ReportText.waiverLabel(report, document, finding);
        return label.isEmpty() ? "" : " <span class=\"muted waiver\">" + esc(label) + "</span>";
    }

    /** " (not expected in a data processing agreement)" in muted type, or "" for a rule the type carries. */
    private static String expectation(DocumentReport document, Finding finding) {
        String expectation = ReportText.expectation(document, finding);
        String incomplete = ReportText.incompleteNote(document, finding);
        return (expectation.isEmpty() ? "" : " <span class=\"muted\">" + esc(expectation) + "</span>")
                + (incomplete.isEmpty() ? "" : " <span class=\"muted\">" + esc(incomplete) + "</span>");
    }

    /**
     * The quoted sentence marked, with about {@link #CONTEXT} characters of the document around it, cut
     * at whitespace. Offsets outside the text (a report built from another version of the document) fall
     * back to the quote alone.
     */
    static String inContext(String text, Evidence evidence) {
        return inContext(text, evidence.start(), evidence.end(), evidence.quote());
    }

    /** A sentence from {@code start} to {@code end}, quoted as {@code quote}, marked in its context. */
    static String inContext(String text, int start, int end, String quote) {
        if (end > text.length() || start >= end) {
            return "<mark>" + esc(quote.strip()) + "</mark>";
        }
        int from = Math.max(0, start - CONTEXT);
        if (from > 0) {
            from = nextWordStart(text, from, start);
        }
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length()) {
            to = previousWordEnd(text, end, to);
        }
        return (from > 0 ? ReportText.ELLIPSIS : "") + esc(layout(text.substring(from, start)).stripLeading())
                + "<mark>" + esc(layout(text.substring(start, end))) + "</mark>"
                + esc(layout(text.substring(end, to)).stripTrailing()) + (to < text.length() ? ReportText.ELLIPSIS : "");
    }

    /** The first character after whitespace at or after {@code from}, not beyond {@code limit}. */
    private static int nextWordStart(String text, int from, int limit) {
        int i = from;
        while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    /** The last whitespace at or before {@code to}, not before {@code limit}. */
    private static int previousWordEnd(String text, int limit, int to) {
        int i = to;
        while (i > limit && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Line breaks kept (the page shows them with pre-line), runs of blank lines and spaces collapsed. */
    private static String layout(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[ \\t\\u00A0]+", " ")
                .replaceAll(" ?\\n[\\n ]*", "\n");
    }

    private static void writeErrors(List<ProcessingError> errors, Writer out) throws IOException {
        out.write("<section class=\"errors\">\n<h2>Files not processed</h2>\n<table>\n<thead><tr><th>File</th>"
                + "<th>Reason</th></tr></thead>\n<tbody>\n");
        for (ProcessingError error : errors) {
            out.write("<tr><td>" + esc(ReportText.oneLine(error.file())) + "</td><td>"
                    + esc(ReportText.oneLine(error.reason())) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n</section>\n");
    }

    private static void fact(String name, String html, Writer out) throws IOException {
        out.write("<dt>" + name + "</dt><dd>" + html + "</dd>\n");
    }

    private static String badge(Status status) {
        return "<span class=\"badge " + status.name() + "\">" + ReportText.statusLabel(status) + "</span>";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String esc(String text) {
        return HtmlEscaper.escape(text);
    }
}
