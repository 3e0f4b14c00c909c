package org.clausecheck.analyze.report;

/**
 * The one rule for contract text written into spreadsheet cells (CSV and XLSX, for check and audit).
 * Contract text is untrusted: a cell that starts with {@code = + - @}, a tab or a carriage return — also
 * after leading spaces, which do not stop every spreadsheet — is read as a formula ({@code =HYPERLINK(...)},
 * {@code +cmd|...}: OWASP "CSV injection"). Such text gets a leading single quote, which shows it as text.
 */
public final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {
    }

    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        String trimmed = value.stripLeading();
        return !trimmed.isEmpty() && FORMULA_STARTS.indexOf(trimmed.charAt(0)) >= 0
                || "\t\r".indexOf(value.charAt(0)) >= 0;
    }

    public static String neutralise(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }
}
