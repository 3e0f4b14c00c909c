package org.clausecheck.analyze.parties;

import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} for an expression that can only start at a few characters: it is tried at those
 * characters only. Java's engine tries every alternative of a case-insensitive expression at every offset,
 * which cost more than anything else in reading the parties.
 */
final class FirstCharacterSearch {

    private FirstCharacterSearch() {
    }

    /**
     * The first match that starts in [from, to) and ends by {@code to}, as {@code find} on that region would find
     * it. The expression must not match the empty string and must start with one of {@code firstCharacters};
     * an expression that looks before its start needs the matcher's transparent bounds.
     */
    static boolean find(Matcher matcher, CharSequence text, int from, int to, String firstCharacters) {
        for (int at = from; at < to; at++) {
            if (firstCharacters.indexOf(text.charAt(at)) >= 0 && matcher.region(at, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
