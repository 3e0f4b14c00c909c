package org.clausecheck.extract.word;

import java.util.Locale;

/**
 * Prints a list counter the way Word does for each number format ({@code w:numFmt}): "4", "iv", "D",
 * "04", "4th", "Four". Shared by the DOCX and DOC readers, which name formats the same way.
 */
public final class NumberFormats {

    public static final String DECIMAL = "decimal";
    public static final String BULLET = "bullet";
    public static final String NONE = "none";

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};
    private static final String[] ORDINAL_UNITS = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"};

    private NumberFormats() {
    }

    /**
     * The counter as printed. Unknown formats print as decimal, which is what Word falls back to;
     * {@code none} and {@code bullet} print nothing here (a bullet's glyph is its level text).
     */
    public static String format(int value, String numFmt) {
        String format = numFmt == null ? DECIMAL : numFmt;
        return switch (format) {
            case NONE, BULLET -> "";
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "lowerLetter" -> letters(value).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(value);
            case "decimalZero" -> value >= 0 && value < 10 ? "0" + value : Integer.toString(value);
            case "ordinal" -> value + ordinalSuffix(value);
            case "cardinalText" -> capitalise(cardinal(value));
            case "ordinalText" -> capitalise(ordinalText(value));
            default -> Integer.toString(value);
        };
    }

    /** Roman numerals; Word prints 0 and negative counters as decimal. */
    static String roman(int value) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /** A..Z, then AA..ZZ, AAA..: Word repeats the letter rather than counting in base 26. */
    static String letters(int value) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        char letter = (char) ('A' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String ordinalSuffix(int value) {
        int lastTwo = Math.abs(value) % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (Math.abs(value) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** English words below one hundred; larger counters print as digits. */
    private static String cardinal(int value) {
        if (value < 0 || value >= 100) {
            return Integer.toString(value);
        }
        if (value < 20) {
            return UNITS[value];
        }
        return TENS[value / 10] + (value % 10 == 0 ? "" : "-" + UNITS[value % 10]);
    }

    private static String ordinalText(int value) {
        if (value < 0 || value >= 100) {
            return value + ordinalSuffix(value);
        }
        if (value < 20) {
            return ORDINAL_UNITS[value];
        }
        if (value % 10 == 0) {
            return TENS[value / 10].substring(0, TENS[value / 10].length() - 1) + "ieth";
        }
        return TENS[value / 10] + "-" + ORDINAL_UNITS[value % 10];
    }

    private static String capitalise(String word) {
        return word.isEmpty() || !Character.isLetter(word.charAt(0))
                ? word
                : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
