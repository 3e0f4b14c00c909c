package org.clausecheck.analyze.portfolio.output;

/**
 * Contract text is untrusted: a cell starting with = + - @ tab or CR is read as a formula by spreadsheet
 * programs (CSV injection). Such text gets a leading single quote, which shows it as text.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public static String neutralise(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }
}
