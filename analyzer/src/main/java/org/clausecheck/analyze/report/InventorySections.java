package org.clausecheck.analyze.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clausecheck.analyze.inventory.Citation;
import org.clausecheck.analyze.inventory.ClauseInventory;
import org.clausecheck.analyze.inventory.InventoryClause;
import org.clausecheck.analyze.inventory.KeyTerm;
import org.clausecheck.analyze.inventory.KeyTerms;

/**
 * The key terms and the clause inventory as the text, Markdown and HTML reports show them, after the protections:
 * each key term with the words as written and where they stand, then each category of clause found with its
 * confidence and first sentence. Nothing when the inventory was not read ({@code --no-inventory}).
 */
final class InventorySections {

    /** CUAD's yes/no categories, so that a reader sees how many of how many were found. */
    static final int CATEGORIES = 33;
    private static final int QUOTE_LIMIT = 110;

    private InventorySections() {
    }

    /** One key term as a reader sees it: its label, its value and the words as written with where they stand. */
    record Row(String label, String value, String source) {
    }

    static List<Row> keyTermRows(KeyTerms terms) {
        List<Row> rows = new ArrayList<>();
        String parties = terms.parties().stream()
                .map(p -> p.role().equals("party") ? p.name() : p.name() + " (" + p.role() + ")")
                .collect(Collectors.joining("; "));
        rows.add(new Row("Parties", parties.isEmpty() ? "not found" : parties, ""));
        rows.add(row("Agreement date", terms.agreementDate()));
        rows.add(row("Effective date", terms.effectiveDate()));
        rows.add(row("Expiration date", terms.expirationDate()));
        rows.add(row("Renewal term", terms.renewalTerm()));
        rows.add(row("Notice to end renewal", terms.noticePeriodToTerminateRenewal()));
        rows.add(row("Governing law", terms.governingLaw()));
        return rows;
    }

    private static Row row(String label, KeyTerm term) {
        if (term == null) {
            return new Row(label, "not found", "");
        }
        String where = where(term.citation());
        String written = ReportText.oneLine(term.asWritten());
        String source = written.equals(term.value()) ? where : "\u201C" + written + "\u201D" + (where.isEmpty() ? "" : ", " + where);
        return new Row(label, ReportText.oneLine(term.value()), source);
    }

    /** "page 3, section 4.1 (Term)". */
    static String where(Citation citation) {
        List<String> parts = new ArrayList<>();
        if (citation.page() > 0) {
            parts.add("page " + citation.page());
        }
        if (citation.sectionNumber() != null && !citation.sectionNumber().isBlank()) {
            parts.add("section " + citation.sectionNumber().strip());
        }
        String location = String.join(", ", parts);
        String heading = ReportText.oneLine(citation.heading());
        return heading.isEmpty() ? location : location.isEmpty() ? heading : location + " (" + heading + ")";
    }

    static String title(ClauseInventory inventory) {
        return "Clause inventory: " + inventory.clauses().size() + " of " + CATEGORIES + " CUAD categories found";
    }

    static String confidence(InventoryClause clause) {
        return String.format(Locale.ROOT, "%.2f", clause.confidence());
    }

    static String firstQuote(InventoryClause clause) {
        return clause.evidence().isEmpty() ? "" : ReportText.shorten(clause.evidence().get(0).quote(), QUOTE_LIMIT);
    }

    static String firstWhere(InventoryClause clause) {
        return clause.evidence().isEmpty() ? "" : where(clause.evidence().get(0));
    }

    static void writeText(DocumentReport document, Writer out) throws IOException {
        ClauseInventory inventory = document.analysis().inventory();
        if (inventory == null) {
            return;
        }
        out.write("\n  Key terms\n");
        for (Row row : keyTermRows(inventory.keyTerms())) {
            out.write(String.format(Locale.ROOT, "    %-22s %s%s%n", row.label() + ":", row.value(),
                    row.source().isEmpty() ? "" : "  [" + row.source() + "]"));
        }
        out.write("\n  " + title(inventory) + "\n");
        for (InventoryClause clause : inventory.clauses()) {
            out.write(String.format(Locale.ROOT, "    %-34s %s  %s%n      \u201C%s\u201D%n", clause.category(),
                    confidence(clause), firstWhere(clause), firstQuote(clause)));
        }
    }

    static void writeMarkdown(DocumentReport document, Writer out) throws IOException {
        ClauseInventory inventory = document.analysis().inventory();
        if (inventory == null) {
            return;
        }
        out.write("\n### Key terms\n\n| Term | Value | As written, where |\n| --- | --- | --- |\n");
        for (Row row : keyTermRows(inventory.keyTerms())) {
            out.write("| " + row.label() + " | " + MarkdownEscaper.escape(row.value()) + " | "
                    + MarkdownEscaper.escape(row.source()) + " |\n");
        }
        out.write("\n### " + title(inventory) + "\n\n| Category | Confidence | Where | Evidence |\n"
                + "| --- | --- | --- | --- |\n");
        for (InventoryClause clause : inventory.clauses()) {
            out.write("| " + MarkdownEscaper.escape(clause.category()) + " | " + confidence(clause) + " | "
                    + MarkdownEscaper.escape(firstWhere(clause)) + " | " + MarkdownEscaper.escape(firstQuote(clause))
                    + " |\n");
        }
    }

    static void writeHtml(DocumentReport document, Writer out) throws IOException {
        ClauseInventory inventory = document.analysis().inventory();
        if (inventory == null) {
            return;
        }
        out.write("<h3>Key terms</h3>\n<table class=\"keyterms\">\n<thead><tr><th>Term</th><th>Value</th>"
                + "<th>As written, where</th></tr></thead>\n<tbody>\n");
        for (Row row : keyTermRows(inventory.keyTerms())) {
            out.write("<tr><td>" + row.label() + "</td><td>" + HtmlEscaper.escape(row.value()) + "</td><td>"
                    + HtmlEscaper.escape(row.source()) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n<h3>" + HtmlEscaper.escape(title(inventory)) + "</h3>\n"
                + "<table class=\"inventory\">\n<thead><tr><th>Category</th><th>Confidence</th><th>Where</th>"
                + "<th>Evidence</th></tr></thead>\n<tbody>\n");
        for (InventoryClause clause : inventory.clauses()) {
            out.write("<tr><td>" + HtmlEscaper.escape(clause.category()) + "</td><td>" + confidence(clause)
                    + "</td><td>" + HtmlEscaper.escape(firstWhere(clause)) + "</td><td>"
                    + HtmlEscaper.escape(firstQuote(clause)) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }
}
