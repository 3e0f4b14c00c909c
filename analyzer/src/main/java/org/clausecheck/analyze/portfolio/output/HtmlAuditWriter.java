package org.clausecheck.analyze.portfolio.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.portfolio.AuditRow;
import org.clausecheck.analyze.portfolio.StoredDocument;
import org.clausecheck.analyze.portfolio.StoredEvidence;
import org.clausecheck.analyze.portfolio.StoredFinding;
import org.clausecheck.analyze.report.HtmlEscaper;

/**
 * A self-contained HTML dashboard: counts per protection and status, the matrix whose cells link to each
 * contract's gaps, the gaps with their evidence, and the files that failed. No script and no external
 * resource; every piece of contract text and every file name is HTML-escaped.
 */
final class HtmlAuditWriter implements AuditWriter {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:1em 0}
            th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
            td.s{text-align:center;font-weight:bold}
            .MET{background:#c6efce}.WEAK{background:#ffeb9c}.CONTRARY{background:#ff9c9c}.MISSING{background:#ffc7ce}
            .failed{background:#ddd}
            blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:3px solid #aaa}
            a{color:inherit;text-decoration:none}
            """;

    @Override
    public void write(AuditOutput audit, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        List<Rule> rules = audit.rules();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<title>clausecheck portfolio audit</title>");
        out.println("<style>" + STYLE + "</style></head><body>");
        out.println("<h1>Portfolio audit</h1>");
        out.printf("<p>Playbook %s %s. %d contracts audited, %d could not be audited, %d other files skipped.</p>%n",
                escape(audit.playbook().name()), escape(audit.playbook().version()), audit.documents().size(),
                audit.failures().size(), audit.result().skippedCount());

        out.println("<h2>Protections</h2><table><tr><th>#</th><th>Protection</th><th>Severity</th>"
                + "<th>MET</th><th>WEAK</th><th>CONTRARY</th><th>MISSING</th></tr>");
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            out.printf("<tr><td>%d</td><td>%s</td><td>%s</td>", i + 1, escape(rule.title()),
                    rule.severity().name().toLowerCase(Locale.ROOT));
            for (Status status : Status.values()) {
                out.printf("<td class=\"s %s\">%d</td>", status.name(), audit.count(i, status));
            }
            out.println("</tr>");
        }
        out.println("</table>");

        out.println("<h2>Matrix</h2><table><tr><th>Contract</th><th>Risk</th>");
        for (int i = 0; i < rules.size(); i++) {
            out.printf("<th title=\"%s\">%d</th>", escape(rules.get(i).title()), i + 1);
        }
        out.println("</tr>");
        List<AuditRow> rows = audit.result().rows();
        for (int r = 0; r < rows.size(); r++) {
            AuditRow row = rows.get(r);
            String anchor = "c" + (r + 1);
            out.printf("<tr><td><a href=\"#%s\">%s</a></td><td>%s</td>", anchor, escape(row.file()),
                    row.failed() ? "failed" : row.risk().name());
            for (int i = 0; i < rules.size(); i++) {
                if (row.failed() || i >= row.statuses().size()) {
                    out.print("<td class=\"s failed\">?</td>");
                } else {
                    Status status = row.statuses().get(i);
                    out.printf("<td class=\"s %s\" title=\"%s\"><a href=\"#%s-%s\">%s</a></td>", status.name(),
                            status.name(), anchor, escape(rules.get(i).id()), escape(StatusSymbols.of(status)));
                }
            }
            out.println("</tr>");
        }
        out.println("</table><p>" + escape(StatusSymbols.legend()) + "</p>");

        out.println("<h2>Gaps by contract</h2>");
        for (int r = 0; r < rows.size(); r++) {
            writeContract(out, audit, rows.get(r), "c" + (r + 1));
        }
        out.println("</body></html>");
        out.flush();
    }

    private static void writeContract(PrintWriter out, AuditOutput audit, AuditRow row, String anchor)
            throws IOException {
        out.printf("<section id=\"%s\"><h3>%s</h3>%n", anchor, escape(row.file()));
        if (row.failed()) {
            out.printf("<p class=\"failed\">Could not be audited: %s</p></section>%n", escape(row.error()));
            return;
        }
        Optional<StoredDocument> details = audit.details(row);
        details.ifPresent(d -> out.printf("<p>Parties: %s</p>%n", escape(d.parties())));
        boolean anyGap = false;
        for (Rule rule : audit.rules()) {
            StoredFinding finding = details.map(d -> d.findings().get(rule.id())).orElse(null);
            if (finding == null || finding.status() == Status.MET) {
                continue;
            }
            anyGap = true;
            out.printf("<div id=\"%s-%s\"><h4 class=\"%s\">%s: %s</h4>%n", anchor, escape(rule.id()),
                    finding.status().name(), escape(rule.title()), finding.status().name());
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
        if (!anyGap) {
            out.println("<p>Every protection is met.</p>");
        }
        out.println("</section>");
    }

    /** The same escaping as the check report: one rule for contract text in HTML. */
    static String escape(String text) {
        return HtmlEscaper.escape(text);
    }
}
