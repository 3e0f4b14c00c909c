package org.clausecheck.analyze.parties;

import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} for an expression that can only start with a few words: it is tried only where one of
 * them starts. Java's engine tries every alternative of a case-insensitive expression at every offset, which
 * cost more than anything else in reading the parties.
 */
final class LiteralStartSearch {

    private final String[] starts;
    /** The ASCII characters, either case, that a start begins with. */
    private final boolean[] firstCharacters = new boolean[128];

    /** @param starts what every match starts with: ASCII, lower case; the text is compared ignoring ASCII case */
    LiteralStartSearch(String... starts) {
        this.starts = starts.clone();
        for (String start : starts) {
            char first = start.charAt(0);
            firstCharacters[first] = true;
            firstCharacters[Character.toUpperCase(first)] = true;
        }
    }

    /**
     * The first match that starts in [from, to) and ends by {@code to}, as {@code find} on that region would find
     * it. An expression that looks before its start needs the matcher's transparent bounds.
     */
    boolean find(Matcher matcher, CharSequence text, int from, int to) {
        for (int at = from; at < to; at++) {
            char c = text.charAt(at);
            if (c < 128 && firstCharacters[c] && startsWithAny(text, at, to) && matcher.region(at, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithAny(CharSequence text, int at, int to) {
        for (String start : starts) {
            if (startsWith(text, at, to, start)) {
                return true;
            }
        }
        return false;
    }

    /** As a case-insensitive expression without Unicode case compares: ASCII letters in either case. */
    private static boolean startsWith(CharSequence text, int at, int to, String start) {
        if (to - at < start.length()) {
            return false;
        }
        for (int i = 0; i < start.length(); i++) {
            char c = text.charAt(at + i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != start.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
