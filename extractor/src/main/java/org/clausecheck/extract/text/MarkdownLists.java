package org.clausecheck.extract.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The open lists of a Markdown document, nested by indentation, and the number each item prints. Items are counted
 * as a renderer counts them (from the first item's number, one per sibling), and nested ordered lists number as a
 * contract does: "1.", then "1.1", "1.2", then "(a)", "(b)" for letters and "(i)" for roman numerals. Letter and
 * roman lists are not Markdown, but contracts written in it use them; a letter or roman marker starts a list only
 * nested in another or at its first value ("a.", "(a)", "i.", "A.").
 */
final class MarkdownLists {

    /** What an item's marker counts in. */
    enum Kind {
        BULLET, DECIMAL, LOWER_ALPHA, UPPER_ALPHA, LOWER_ROMAN, UPPER_ROMAN
    }

    /**
     * A list item's marker on its line.
     *
     * @param indent        the column of the marker
     * @param contentIndent the column of the item's text: deeper markers open a nested list
     * @param kind          what the marker counts in
     * @param value         the marker's own value (1 for "a."), 0 for bullets
     * @param text          the rest of the line
     */
    record Marker(int indent, int contentIndent, Kind kind, int value, String text) {
    }

    /**
     * An item's place in the document.
     *
     * @param sectionNumber the number as a contract prints it ("2", "2.1", "(a)"), or null for a bullet
     * @param printed       the prefix of the item's text ("2.", "2.1", "(a)"), or "" for a bullet
     * @param decimalDepth  how many ordered decimal lists it stands in, itself included (0 when it is none)
     */
    record Numbered(String sectionNumber, String printed, int decimalDepth) {
    }

    private static final Pattern MARKER = Pattern.compile(
            "^( *)(?:([-*+\u2022])|(\\d{1,3})[.)]|([a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]|\\(([a-zA-Z]|[ivxlcIVXLC]{1,6}|\\d{1,3})\\))"
                    + "(?:( +)(.*))?$");
    private static final Pattern ROMAN = Pattern.compile("(?i)[ivxlc]{1,6}");

    private static final class Level {
        final int indent;
        final int contentIndent;
        Kind kind;
        int counter;

        Level(Marker marker) {
            this.indent = marker.indent();
            this.contentIndent = marker.contentIndent();
            this.kind = marker.kind();
            this.counter = marker.value();
        }
    }

    private final Deque<Level> open = new ArrayDeque<>();

    /** The list marker a line opens with, if it is one (tabs already expanded). */
    Optional<Marker> marker(String line) {
        Matcher m = MARKER.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        int indent = m.group(1).length();
        String text = m.group(7) == null ? "" : m.group(7);
        int markerEnd = m.group(6) == null ? m.end() : m.start(6);
        // The text's column; after more than four spaces (or none) CommonMark counts one.
        int contentIndent = m.group(6) == null || m.group(6).length() > 4 ? markerEnd + 1 : m.start(7);
        if (m.group(2) != null) {
            if (text.isEmpty() && "-".equals(m.group(2))) {
                return Optional.empty(); // a lone "-" underlines a heading
            }
            return Optional.of(new Marker(indent, contentIndent, Kind.BULLET, 0, text));
        }
        if (m.group(3) != null) {
            return Optional.of(new Marker(indent, contentIndent, Kind.DECIMAL, Integer.parseInt(m.group(3)), text));
        }
        String letters = m.group(4) != null ? m.group(4) : m.group(5);
        if (letters.chars().allMatch(Character::isDigit)) {
            return Optional.of(new Marker(indent, contentIndent, Kind.DECIMAL, Integer.parseInt(letters), text));
        }
        return lettered(indent, contentIndent, letters, text);
    }

    /** A letter or roman marker: accepted where it continues or nests in a list, or opens one at its first value. */
    private Optional<Marker> lettered(int indent, int contentIndent, String letters, String text) {
        boolean upper = Character.isUpperCase(letters.charAt(0));
        Level sibling = siblingAt(indent);
        boolean letterList = sibling != null
                && (sibling.kind == Kind.LOWER_ALPHA || sibling.kind == Kind.UPPER_ALPHA);
        Kind kind;
        int value;
        if (letters.length() == 1 && (letterList || !letters.equalsIgnoreCase("i"))) {
            kind = upper ? Kind.UPPER_ALPHA : Kind.LOWER_ALPHA;
            value = Character.toLowerCase(letters.charAt(0)) - 'a' + 1;
        } else if (ROMAN.matcher(letters).matches()) {
            kind = upper ? Kind.UPPER_ROMAN : Kind.LOWER_ROMAN;
            value = RomanNumerals.value(letters);
        } else {
            return Optional.empty();
        }
        boolean opensList = value == 1;
        boolean inList = sibling != null || !open.isEmpty() && indent >= open.peek().contentIndent;
        if (!opensList && !inList || value <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Marker(indent, contentIndent, kind, value, text));
    }

    /** The open list whose items stand at this indentation, if any. */
    private Level siblingAt(int indent) {
        for (Level level : open) {
            if (level.indent <= indent && indent < level.contentIndent) {
                return level;
            }
        }
        return null;
    }

    /** Places an item in the open lists and returns its number. */
    Numbered add(Marker marker) {
        while (!open.isEmpty() && open.peek().indent > marker.indent()) {
            open.pop();
        }
        Level top = open.peek();
        if (top != null && marker.indent() < top.contentIndent && compatible(top.kind, marker.kind())) {
            top.counter++;
        } else {
            if (top != null && marker.indent() < top.contentIndent) {
                open.pop(); // another kind of list in the same place
            }
            open.push(new Level(marker));
        }
        return number();
    }

    /** Closes every list deeper than a line of text at this indentation, or all of them. */
    void closeDeeperThan(int indent) {
        while (!open.isEmpty() && open.peek().contentIndent > indent) {
            open.pop();
        }
    }

    void closeAll() {
        open.clear();
    }

    boolean isEmpty() {
        return open.isEmpty();
    }

    /** The text column of the innermost open item, or -1. */
    int contentIndent() {
        return open.isEmpty() ? -1 : open.peek().contentIndent;
    }

    private static boolean compatible(Kind list, Kind item) {
        return list == item || list == Kind.LOWER_ALPHA && item == Kind.LOWER_ROMAN
                || list == Kind.UPPER_ALPHA && item == Kind.UPPER_ROMAN;
    }

    private Numbered number() {
        Level item = open.peek();
        if (item.kind == Kind.BULLET) {
            return new Numbered(null, "", 0);
        }
        if (item.kind != Kind.DECIMAL) {
            String label = "(" + label(item.kind, item.counter) + ")";
            return new Numbered(label, label, 0);
        }
        List<Integer> counters = new ArrayList<>();
        for (Iterator<Level> levels = open.iterator(); levels.hasNext(); ) {
            Level level = levels.next();
            if (level.kind != Kind.DECIMAL) {
                break;
            }
            counters.add(0, level.counter);
        }
        String number = String.join(".", counters.stream().map(String::valueOf).toList());
        return new Numbered(number, counters.size() == 1 ? number + "." : number, counters.size());
    }

    private static String label(Kind kind, int counter) {
        return switch (kind) {
            case LOWER_ALPHA -> letters(counter);
            case UPPER_ALPHA -> letters(counter).toUpperCase(Locale.ROOT);
            case LOWER_ROMAN -> RomanNumerals.of(counter).toLowerCase(Locale.ROOT);
            case UPPER_ROMAN -> RomanNumerals.of(counter);
            default -> String.valueOf(counter);
        };
    }

    /** 1 = "a", 26 = "z", 27 = "aa", as lettered lists continue. */
    private static String letters(int counter) {
        int n = Math.max(1, counter);
        char letter = (char) ('a' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    /** Roman numerals of list counters. */
    static final class RomanNumerals {
        private static final int[] VALUES = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        private static final String[] SYMBOLS = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

        private RomanNumerals() {
        }

        static String of(int value) {
            StringBuilder roman = new StringBuilder();
            int rest = Math.max(1, Math.min(value, 399));
            for (int i = 0; i < VALUES.length; i++) {
                while (rest >= VALUES[i]) {
                    roman.append(SYMBOLS[i]);
                    rest -= VALUES[i];
                }
            }
            return roman.toString();
        }

        /** The value of a roman numeral, or 0 when it is not a well-formed one. */
        static int value(String numeral) {
            String upper = numeral.toUpperCase(Locale.ROOT);
            for (int value = 1; value < 400; value++) {
                if (of(value).equals(upper)) {
                    return value;
                }
            }
            return 0;
        }
    }
}
