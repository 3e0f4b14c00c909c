package org.clausecheck.annotate.compare;

import java.io.IOException;
import java.io.Writer;

/**
 * The comparison as Markdown (tables; deleted words struck through, inserted ones bold) or as one HTML page
 * (deleted words in {@code <del>}, inserted ones in {@code <ins>}, which browsers strike and underline).
 */
public final class ComparisonMarkup {

    private ComparisonMarkup() {
    }

    /** "1 added, 2 removed, 3 changed". */
    static String clauseCounts(DraftComparison comparison) {
        return count(comparison, ClauseChange.Kind.ADDED) + " added, " + count(comparison, ClauseChange.Kind.REMOVED)
                + " removed, " + count(comparison, ClauseChange.Kind.CHANGED) + " changed";
    }

    public static void markdown(DraftComparison comparison, Writer out) throws IOException {
        out.write("# " + md(comparison.before()) + " → " + md(comparison.after()) + "\n\n## Protections\n\n");
        out.write("| Protection | Before | After | Change |\n|---|---|---|---|\n");
        for (ProtectionChange p : comparison.protections()) {
            out.write("| " + md(p.title()) + " (`" + p.ruleId() + "`) | " + p.before() + " | " + p.after() + " | "
                    + (p.change().worse() ? "**" + p.change().label() + "**" : p.change().label()) + " |\n");
        }
        out.write("\n## Clauses: " + clauseCounts(comparison) + "\n\n");
        for (ClauseChange clause : comparison.clauses()) {
            out.write("- **" + clause.kind().label() + "**" + (clause.section().isEmpty() ? "" : " " + md(clause.section()))
                    + ": " + words(clause, "~~", "~~", "**", "**", true) + "\n");
        }
        out.write("\n## Key terms\n\n");
        if (comparison.keyTerms().isEmpty()) {
            out.write("None changed.\n");
        }
        for (KeyTermChange term : comparison.keyTerms()) {
            out.write("- " + term.term() + ": " + md(shown(term.before())) + " → " + md(shown(term.after())) + "\n");
        }
        out.flush();
    }

    public static void html(DraftComparison comparison, Writer out) throws IOException {
        String title = html(comparison.before()) + " → " + html(comparison.after());
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>\n"
                + "<style>body{font-family:sans-serif;max-width:60em;margin:auto}td,th{padding:.2em .6em;"
                + "text-align:left}del{background:#fdd}ins{background:#dfd}.worse{color:#b00;font-weight:bold}</style>"
                + "</head><body>\n<h1>" + title + "</h1>\n<h2>Protections</h2>\n<table>\n"
                + "<tr><th>Protection</th><th>Before</th><th>After</th><th>Change</th></tr>\n");
        for (ProtectionChange p : comparison.protections()) {
            out.write("<tr><td>" + html(p.title()) + "</td><td>" + p.before() + "</td><td>" + p.after() + "</td><td"
                    + (p.change().worse() ? " class=\"worse\"" : "") + ">" + p.change().label() + "</td></tr>\n");
        }
        out.write("</table>\n<h2>Clauses: " + clauseCounts(comparison) + "</h2>\n<ul>\n");
        for (ClauseChange clause : comparison.clauses()) {
            out.write("<li><b>" + clause.kind().label() + "</b>" + (clause.section().isEmpty() ? "" : " "
                    + html(clause.section())) + ": " + words(clause, "<del>", "</del>", "<ins>", "</ins>", false)
                    + "</li>\n");
        }
        out.write("</ul>\n<h2>Key terms</h2>\n<ul>\n");
        for (KeyTermChange term : comparison.keyTerms()) {
            out.write("<li>" + html(term.term()) + ": " + html(shown(term.before())) + " → "
                    + html(shown(term.after())) + "</li>\n");
        }
        out.write(comparison.keyTerms().isEmpty() ? "<li>None changed.</li>\n" : "");
        out.write("</ul>\n</body></html>\n");
        out.flush();
    }

    private static String words(ClauseChange clause, String delOpen, String delClose, String insOpen, String insClose,
                                boolean markdown) {
        StringBuilder text = new StringBuilder();
        for (WordDiff.Piece piece : clause.words().pieces()) {
            String escaped = markdown ? md(piece.text()) : html(piece.text());
            text.append(text.length() == 0 ? "" : " ").append(switch (piece.kind()) {
                case KEPT -> escaped;
                case DELETED -> delOpen + escaped + delClose;
                case INSERTED -> insOpen + escaped + insClose;
            });
        }
        return text.toString();
    }

    private static long count(DraftComparison comparison, ClauseChange.Kind kind) {
        return comparison.clauses().stream().filter(c -> c.kind() == kind).count();
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(not stated)" : value;
    }

    /** Markdown's inline specials escaped, so contract text cannot open emphasis or a table cell. */
    private static String md(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]|~<>#])", "\\\\$1");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
