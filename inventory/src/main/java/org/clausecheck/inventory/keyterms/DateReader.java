package org.clausecheck.inventory.keyterms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates contracts write: "June 21, 1999", "Sept. 1, 2004", "July 1st, 2019", "21 June 1999", "the 1st day
 * of July, 2019", "this 3rd day of March 2020", "6/21/99", "2019-07-01".
 *
 * <p>Numeric dates are read month first ("6/8/10" is June 8), as US filings write them, unless the first number
 * cannot be a month ("21/6/99"). A two-digit year is read as 20yy when yy is below 50 and 19yy otherwise: the
 * contracts filed electronically date from the 1990s on, and none from before 1950 writes a two-digit year a reader
 * could mistake for this century. Only years 1900..2099 are read as dates; anything else (a section number
 * "1.2.3", a price "6/21") is not a date.
 */
public final class DateReader {

    /** A date found in a text: the day, and the words that state it. */
    public record FoundDate(LocalDate date, String text, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    /** An ordinal ending, also split by a PDF's letter spacing ("18t h"). */
    private static final String ORDINAL = "(?:s\\s?t|n\\s?d|r\\s?d|t\\s?h)?";
    private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
    /** "June 21, 1999", "July 1st, 2019", "Sept. 1 2004". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s*(\\d{1,2})" + ORDINAL + "\\s*,?\\s*" + YEAR);
    /** "21 June 1999", "the 1st day of July, 2019", "3rd day of March 2020", "1st of July, 2019". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})" + ORDINAL + "\\s*(?:day\\s+of\\s+|of\\s+)?" + MONTH + "\\s*,?\\s*" + YEAR);
    /** "6/21/99", "06-21-1999", "21.6.1999". */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)");
    /** "2019-07-01". */
    private static final Pattern ISO = Pattern.compile("(?<![\\d./-])((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})(?![\\d-])");

    /** Two-digit years below this are read as 20yy, the others as 19yy. */
    static final int CENTURY_PIVOT = 50;

    private DateReader() {
    }

    /** Every date in the text, in the order they stand. */
    public static List<FoundDate> findAll(String text) {
        List<FoundDate> found = new ArrayList<>();
        if (!hasDigit(text)) {
            return found; // most sentences of a contract hold no number at all
        }
        Matcher words = MONTH_DAY_YEAR.matcher(text);
        while (words.find()) {
            add(found, text, words, Integer.parseInt(words.group(3)), MONTHS.get(lower(words.group(1))),
                    Integer.parseInt(words.group(2)));
        }
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
        while (dayFirst.find()) {
            add(found, text, dayFirst, Integer.parseInt(dayFirst.group(3)), MONTHS.get(lower(dayFirst.group(2))),
                    Integer.parseInt(dayFirst.group(1)));
        }
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(3));
            if (numeric.group(2).equals(".") && numeric.group(4).length() == 2) {
                continue; // "2.1.10" is a section number far more often than a date
            }
            int year = year(numeric.group(4));
            boolean dayFirstOrder = first > 12 && second <= 12;
            add(found, text, numeric, year, dayFirstOrder ? second : first, dayFirstOrder ? first : second);
        }
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            add(found, text, iso, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(found);
    }

    /** The first date in the text. */
    public static Optional<FoundDate> first(String text) {
        List<FoundDate> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The date the whole text states ("6/8/10", " June 8, 2010 "), or empty when it is not exactly one date. */
    public static Optional<LocalDate> parse(String text) {
        String stripped = text.strip();
        List<FoundDate> all = findAll(stripped);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == stripped.length()) {
            return Optional.of(all.get(0).date());
        }
        return Optional.empty();
    }

    /** A two-digit year, read by {@link #CENTURY_PIVOT}; four digits as written. */
    static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < CENTURY_PIVOT ? 2000 + year : 1900 + year;
        }
        return year;
    }

    private static void add(List<FoundDate> found, String text, Matcher matcher, int year, int month, int day) {
        if (year < 1900 || year > 2099) {
            return;
        }
        for (FoundDate other : found) {
            if (matcher.start() < other.end() && other.start() < matcher.end()) {
                return; // "1st day of July, 2019" also holds "July, 2019" for no form; keep the first reading
            }
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            found.add(new FoundDate(date, text.substring(matcher.start(), matcher.end()), matcher.start(),
                    matcher.end()));
        } catch (DateTimeException e) {
            // "February 30, 2001" is no day: not a date
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
