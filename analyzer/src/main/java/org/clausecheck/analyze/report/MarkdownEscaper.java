package org.clausecheck.analyze.report;

/**
 * Contract text made inert in Markdown (CommonMark and GitHub Flavored Markdown): it stays on one line,
 * cannot close a table cell, open a link, an image, raw HTML, code, emphasis or a heading, or start a
 * list or quote. Every ASCII punctuation character may be backslash-escaped in CommonMark; only the ones
 * that can change structure are, so the source stays readable.
 */
final class MarkdownEscaper {

    /** Characters that are active anywhere in a line. */
    private static final String INLINE_ACTIVE = "\\`*_[]<>|#~&!{}";

    private MarkdownEscaper() {
    }

    static String escape(String text) {
        String line = ReportText.oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE_ACTIVE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return escapeBlockStart(out.toString());
    }

    /** "- x", "+ x", "= x", "1. x" and "1) x" at the start of a line start a list or an underline. */
    private static String escapeBlockStart(String line) {
        if (line.isEmpty()) {
            return line;
        }
        if ("-+=".indexOf(line.charAt(0)) >= 0) {
            // "- x" is a list item, "---" a rule, "===" an underline; escaping the first is enough.
            return "\\" + line;
        }
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits)) && digits < 9) {
            digits++;
        }
        boolean listMarker = digits > 0 && digits < line.length() && ".)".indexOf(line.charAt(digits)) >= 0
                && (digits + 1 == line.length() || line.charAt(digits + 1) == ' ');
        if (listMarker) {
            return line.substring(0, digits) + "\\" + line.substring(digits);
        }
        return line;
    }
}
