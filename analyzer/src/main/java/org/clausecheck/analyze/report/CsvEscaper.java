package org.clausecheck.analyze.report;

/**
 * One CSV cell per RFC 4180, made safe to open in a spreadsheet.
 *
 * <p>Contract text is untrusted: {@link FormulaGuard} makes formula-like cells inert.
 */
final class CsvEscaper {

    private CsvEscaper() {
    }

    /** A text cell: neutralised, then quoted when it needs to be. */
    static String text(String value) {
        return quote(neutralise(value == null ? "" : value));
    }

    /** A number or other value the report produced itself, never contract text. */
    static String number(String value) {
        return quote(value);
    }

    static String neutralise(String value) {
        return FormulaGuard.neutralise(value);
    }

    /** RFC 4180: a cell with a comma, a quote or a line break is quoted, and its quotes doubled. */
    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
