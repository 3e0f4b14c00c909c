package org.clausecheck.portfolio.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.portfolio.StoredDocument;
import org.clausecheck.portfolio.StoredEvidence;
import org.clausecheck.portfolio.StoredFinding;
import org.clausecheck.analyze.report.HtmlEscaper;

/**
 * A self-contained HTML dashboard: counts per protection and status, the matrix (riskiest contracts first, paths
 * relative to the audited folder, each row linking to that contract's findings), the findings with their
 * evidence, and the files that failed. The matrix fits a 1280 px screen whatever the number of protections: fixed
 * column widths, short rule labels set vertically with the full title on hover, and a header that stays in view.
 * No script and no external resource (a Content-Security-Policy forbids both); every piece of contract text and
 * every file name is HTML-escaped.
 */
final class HtmlAuditWriter implements AuditWriter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;overflow-wrap:anywhere}
            table{border-collapse:collapse;margin:1em 0}
            th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
            td.s{text-align:center;font-weight:bold;padding:.25em 0}
            .MET{background:#c6efce}.WEAK{background:#ffeb9c}.CONTRARY{background:#ff9c9c}.MISSING{background:#ffc7ce}
            .HIGH{color:#a40e26;font-weight:bold}.MEDIUM{color:#7d4e00}.LOW{color:#1a7f37}
            .failed{background:#ddd}
            table.matrix{table-layout:fixed;width:100%}
            table.matrix col.contract{width:24em}table.matrix col.risk{width:6em}
            table.matrix thead th{position:sticky;top:0;background:#f6f8fa;z-index:1;vertical-align:bottom}
            table.matrix th.rule{padding:.4em 0;text-align:center}
            table.matrix th.rule abbr{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;
              text-decoration:none;font-size:12px;font-weight:600}
            blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:3px solid #aaa}
            a{color:inherit;text-decoration:none}
            td.contract a{border-bottom:1px dotted #888}
            """;

    @Override
    public void write(AuditOutput audit, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        List<Rule> rules = audit.rules();
        PortfolioNames names = PortfolioNames.of(audit.result().rows());
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>clausecheck portfolio audit</title>");
        out.println("<style>" + STYLE + "</style></head><body>");
        out.println("<h1>Portfolio audit</h1>");
        out.printf("<p>Playbook %s %s. %d contracts audited, %d could not be audited, %d other files skipped.</p>%n",
                escape(audit.playbook().name()), escape(audit.playbook().version()), audit.documents().size(),
                audit.failures().size(), audit.result().skippedCount());
        if (!names.folder().isEmpty()) {
            out.printf("<p>Paths are relative to <code>%s</code>.</p>%n", escape(names.folder()));
        }

        out.println("<h2>Protections</h2><table><tr><th>#</th><th>Protection</th><th>Severity</th>"
                + "<th>MET</th><th>WEAK</th><th>CONTRARY</th><th>MISSING</th></tr>");
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            out.printf("<tr><td>%d</td><td>%s <small>(%s)</small></td><td>%s</td>", i + 1, escape(rule.title()),
                    escape(rule.id()), rule.severity().name().toLowerCase(Locale.ROOT));
            for (Status status : Status.values()) {
                out.printf("<td class=\"s %s\">%d</td>", status.name(), audit.count(i, status));
            }
            out.println("</tr>");
        }
        out.println("</table>");

        out.println("<h2>Matrix</h2><p>Riskiest first; a contract's name leads to its findings, a cell to the"
                + " finding.</p>");
        out.print("<table class=\"matrix\"><colgroup><col class=\"contract\"><col class=\"risk\">");
        out.println("<col span=\"" + rules.size() + "\"></colgroup>");
        out.print("<thead><tr><th>Contract</th><th>Risk</th>");
        for (Rule rule : rules) {
            out.printf("<th class=\"rule\" title=\"%s\"><abbr title=\"%s\">%s</abbr></th>", escape(rule.title()),
                    escape(rule.title()), escape(rule.id()));
        }
        out.println("</tr></thead><tbody>");
        List<AuditRow> rows = names.sorted(audit.result().rows());
        for (int r = 0; r < rows.size(); r++) {
            AuditRow row = rows.get(r);
            String anchor = "c" + (r + 1);
            String risk = row.failed() ? "failed" : row.risk().name();
            out.printf("<tr><td class=\"contract\"><a href=\"#%s\">%s</a>%s</td><td class=\"%s\">%s</td>", anchor,
                    escape(names.relative(row)), row.readInPart() ? " <small title=\"" + escape(row.unread())
                            + "\">read in part</small>" : "", risk, risk);
            for (int i = 0; i < rules.size(); i++) {
                if (row.failed() || i >= row.statuses().size()) {
                    out.print("<td class=\"s failed\">?</td>");
                } else {
                    Status status = row.statuses().get(i);
                    boolean waived = audit.waiver(row, i).map(w -> w.inForce()).orElse(false);
                    out.printf("<td class=\"s %s\" title=\"%s: %s%s\"><a href=\"#%s-%s\">%s</a></td>", status.name(),
                            escape(rules.get(i).title()), status.name(), waived ? ", waived" : "", anchor,
                            escape(rules.get(i).id()), escape((waived ? "*" : "") + StatusSymbols.of(status)));
                }
            }
            out.println("</tr>");
        }
        out.println("</tbody></table><p>" + escape(StatusSymbols.legend()) + "</p>");

        out.println("<h2>Findings by contract</h2>");
        for (int r = 0; r < rows.size(); r++) {
            writeContract(out, audit, rows.get(r), names.relative(rows.get(r)), "c" + (r + 1));
        }
        out.println("</body></html>");
        out.flush();
    }

    private static void writeContract(PrintWriter out, AuditOutput audit, AuditRow row, String name, String anchor)
            throws IOException {
        out.printf("<section id=\"%s\"><h3>%s</h3>%n", anchor, escape(name));
        if (row.failed()) {
            out.printf("<p class=\"failed\">Could not be audited: %s</p></section>%n", escape(row.error()));
            return;
        }
        out.printf("<p>Risk <span class=\"%s\">%s</span>.</p>%n", row.risk().name(), row.risk().name());
        if (row.readInPart()) {
            out.printf("<p class=\"incomplete\"><strong>Incomplete:</strong> read in part, %s. MISSING means not found"
                    + " in the pages read.</p>%n", escape(row.unread()));
        }
        Optional<StoredDocument> details = audit.details(row);
        details.ifPresent(d -> out.printf("<p>Parties: %s</p>%n", escape(d.parties())));
        List<String> met = new ArrayList<>();
        for (Rule rule : audit.rules()) {
            StoredFinding finding = details.map(d -> d.findings().get(rule.id())).orElse(null);
            if (finding == null) {
                continue;
            }
            if (finding.status() == Status.MET) {
                met.add("<a id=\"" + anchor + "-" + escape(rule.id()) + "\">" + escape(rule.title()) + "</a>");
                continue;
            }
            out.printf("<div id=\"%s-%s\"><h4 class=\"%s\">%s: %s</h4>%n", anchor, escape(rule.id()),
                    finding.status().name(), escape(rule.title()), finding.status().name());
            audit.waiver(row, audit.rules().indexOf(rule)).ifPresent(waiver -> out.printf(
                    "<p class=\"waiver\"><strong>Waiver:</strong> %s</p>%n", escape(waiver.describe())));
            for (StoredEvidence evidence : finding.evidence()) {
                out.printf("<blockquote>%s<br><small>%s%s%s</small></blockquote>%n", escape(evidence.quote()),
                        escape(evidence.kind()), evidence.page() > 0 ? ", page " + evidence.page() : "",
                        evidence.section().isEmpty() ? "" : ", section " + escape(evidence.section()));
            }
            if (!finding.recommendation().isEmpty()) {
                out.printf("<p><strong>Ask for:</strong> %s</p>%n", escape(finding.recommendation()));
            }
            out.println("</div>");
        }
        out.println(met.isEmpty() ? "<p>No protection is met.</p>"
                : "<p>Met: " + String.join("; ", met) + ".</p>");
        out.println("</section>");
    }

    /** The same escaping as the check report: one rule for contract text in HTML. */
    static String escape(String text) {
        return HtmlEscaper.escape(text);
    }
}
