package org.clausecheck.inventory.keyterms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the spans of time contracts write: "ninety (90) days", "one (1) year", "12 months", "five (5) year(s)", "sixty
 * (60) calendar days", "two years". The figure in brackets decides when the words and the figure differ.
 */
public final class DurationReader {

    /** A span of time found in a text. */
    public record FoundDuration(int amount, String unit, String text, int start, int end) {

        /** "90 days", "1 year", "12 months". */
        public String shortForm() {
            return amount + " " + unit + (amount == 1 ? "" : "s");
        }

        /** The span in months, for comparing "12 months" with "1 year"; days count as 1/30 of a month. */
        public double months() {
            return switch (unit) {
                case "year" -> amount * 12.0;
                case "month" -> amount;
                case "week" -> amount * 7 / 30.0;
                default -> amount / 30.0;
            };
        }
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("eighteen", 18), Map.entry("twenty", 20),
            Map.entry("twenty-four", 24), Map.entry("thirty", 30), Map.entry("thirty-six", 36),
            Map.entry("forty-five", 45), Map.entry("sixty", 60), Map.entry("ninety", 90),
            Map.entry("one hundred twenty", 120), Map.entry("one hundred and twenty", 120),
            Map.entry("one hundred eighty", 180), Map.entry("one hundred and eighty", 180));
    private static final String WORDS = "one\\s+hundred\\s+(?:and\\s+)?(?:twenty|eighty)|twenty-four|thirty-six"
            + "|forty-five|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty"
            + "|thirty|sixty|ninety|an?";
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:(" + WORDS + ")\\s*(?:\\(\\s*(\\d{1,3})\\s*\\)\\s*)?"
            + "|(\\d{1,3})\\s*(?:\\(\\s*\\d{1,3}\\s*\\)\\s*)?)"
            + "(?:full\\s+|calendar\\s+|business\\s+|consecutive\\s+|additional\\s+|successive\\s+|-\\s*)?"
            + "(year|month|week|day)(?:\\(s\\)|s?(?:'|\u2019)?\\b)");

    private DurationReader() {
    }

    /** Every span of time in the text, in order. */
    public static List<FoundDuration> findAll(String text) {
        List<FoundDuration> found = new ArrayList<>();
        Matcher matcher = DURATION.matcher(text);
        while (matcher.find()) {
            int amount;
            if (matcher.group(2) != null) {
                amount = Integer.parseInt(matcher.group(2));
            } else if (matcher.group(3) != null) {
                amount = Integer.parseInt(matcher.group(3));
            } else {
                amount = NUMBER_WORDS.get(matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
            if (amount == 0) {
                continue;
            }
            found.add(new FoundDuration(amount, matcher.group(4).toLowerCase(Locale.ROOT),
                    text.substring(matcher.start(), matcher.end()), matcher.start(), matcher.end()));
        }
        return List.copyOf(found);
    }
}
