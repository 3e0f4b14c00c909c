package org.clausecheck.analyze.report;

/**
 * One CSV cell per RFC 4180, made safe to open in a spreadsheet.
 *
 * <p>Contract text is untrusted: a cell that starts with {@code = + - @}, a tab or a carriage return is
 * read as a formula by Excel, LibreOffice and Google Sheets ({@code =HYPERLINK(...)}, {@code +cmd|...}),
 * so such a cell gets a leading single quote, which spreadsheets show as text (OWASP "CSV injection").
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
        // Leading spaces do not stop every spreadsheet from reading " =1+1" as a formula.
        String trimmed = value.stripLeading();
        if (!trimmed.isEmpty() && "=+-@\t\r".indexOf(trimmed.charAt(0)) >= 0
                || !value.isEmpty() && "\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
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
