package org.clausecheck.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section number as printed at the start of a line: "7.2", "Article IV", "Section 3.1", "(b)",
 * "Schedule 2". Used by the extractors whose formats print numbers as text (PDF, DOC, TXT).
 *
 * @param printed the number as printed, without a trailing period or colon
 * @param level   1 for articles, schedules and top-level numbers; one more per decimal level; lettered
 *                and roman items in parentheses sit below decimal numbers
 * @param length  how many characters of the line the number (and its punctuation) takes
 */
public record SectionNumber(String printed, int level, int length) {

    /** Lettered and parenthesised items are lists inside a section, below any decimal level. */
    public static final int ITEM_LEVEL = 6;

    private static final String ROMAN = "(?:[IVXLC]{1,7}|[ivxlc]{1,7})";

    // "ARTICLE IV", "Article 4", "Section 7.2", "SECTION 7", "Sec. 7.2(a)", "Schedule 2", "Exhibit A"
    private static final Pattern NAMED = Pattern.compile(
            "^((?i:article|section|sec\\.|clause|schedule|exhibit|annex|appendix|attachment|part)"
                    + "\\s+(?:\\d+(?:\\.\\d+)*[A-Za-z]?(?:\\([a-z0-9]{1,4}\\))*|" + ROMAN + "|[A-Z](?:-\\d+)?))"
                    + "(?=$|[\\s.:\\-\u2013\u2014)])[.:]?");
    // "7.", "7.2", "7.2.1.", "12.3(a)", "7)" followed by a capital, a quote, a parenthesis or the end
    private static final Pattern DECIMAL = Pattern.compile(
            "^(\\d{1,3}(?:\\.\\d{1,3})*(?:\\([a-z0-9]{1,4}\\))*)(\\.|\\))?"
                    + "(?=$|\\s+[\\p{Lu}\"\u201C'(\\[]|\\s*$)");
    // "(a)", "(iv)", "(12)", "a)", "iv.", "A)" followed by a capital or quote, or "(a)" before anything.
    // A capital letter counts only with a parenthesis: "A. Smith" is a name, "A) The Distributor" an item.
    private static final Pattern ITEM = Pattern.compile(
            "^(\\((?:[a-zA-Z]{1,2}|" + ROMAN + "|\\d{1,2})\\))(?=$|\\s)"
                    + "|^((?:[a-z]|" + ROMAN + ")[.)]|[A-Z]\\))(?=\\s+[\\p{Lu}\"\u201C])");

    /** Parses the section number at the start of a line, if there is one. */
    public static Optional<SectionNumber> parse(String line) {
        String text = line.stripLeading();
        int indent = line.length() - text.length();
        Matcher named = NAMED.matcher(text);
        if (named.find()) {
            String printed = named.group(1).replaceAll("\\s+", " ");
            return Optional.of(new SectionNumber(printed, namedLevel(printed), indent + named.end()));
        }
        Matcher decimal = DECIMAL.matcher(text);
        if (decimal.find() && plausibleDecimal(decimal.group(1), decimal.group(2))) {
            String number = decimal.group(1);
            return Optional.of(new SectionNumber(number, decimalLevel(number), indent + decimal.end()));
        }
        Matcher item = ITEM.matcher(text);
        if (item.find()) {
            String printed = item.group(1) != null ? item.group(1) : item.group(2);
            return Optional.of(new SectionNumber(trimPunctuation(printed), ITEM_LEVEL, indent + item.end()));
        }
        return Optional.empty();
    }

    /** The line without its section number and the spaces after it. */
    public String stripFrom(String line) {
        return line.substring(Math.min(length, line.length())).strip();
    }

    private static boolean plausibleDecimal(String number, String punctuation) {
        // A bare integer without "." or ")" is a section number only when short ("7 Term"), never a year.
        if (!number.contains(".") && !number.contains("(") && punctuation == null) {
            return number.length() <= 2;
        }
        return true;
    }

    private static int namedLevel(String printed) {
        String word = printed.substring(0, printed.indexOf(' ')).toLowerCase();
        String rest = printed.substring(printed.indexOf(' ') + 1);
        if (word.startsWith("sec") || word.equals("clause")) {
            return decimalLevel(rest);
        }
        return 1;
    }

    private static int decimalLevel(String number) {
        int level = 1;
        for (int i = 0; i < number.length(); i++) {
            if (number.charAt(i) == '.' || number.charAt(i) == '(') {
                level++;
            }
        }
        return level;
    }

    private static String trimPunctuation(String printed) {
        return printed.endsWith(".") ? printed.substring(0, printed.length() - 1) : printed;
    }
}
