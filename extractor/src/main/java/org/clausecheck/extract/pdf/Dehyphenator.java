package org.clausecheck.extract.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Joins a line that ends in a hyphen to the next one. A word broken by hyphenation ("infor-" +
 * "mation") is repaired only when the document itself uses the whole word ("information") elsewhere and
 * never the hyphenated form; otherwise the hyphen is kept ("third-" + "party" gives "third-party"),
 * because contracts set without automatic hyphenation break lines at real hyphens far more often.
 */
final class Dehyphenator {

    private final Supplier<List<String>> documentLines;
    private Set<String> words;
    private Set<String> compounds;

    /** @param documentLines every line of the document; read only when a line first ends in a hyphen */
    Dehyphenator(Supplier<List<String>> documentLines) {
        this.documentLines = documentLines;
    }

    /** Appends {@code next} to {@code text}, which holds the lines so far. */
    void join(StringBuilder text, String next) {
        int length = text.length();
        if (length >= 2 && text.charAt(length - 1) == '-' && Character.isLetter(text.charAt(length - 2))
                && !next.isEmpty()) {
            if (Character.isLowerCase(next.charAt(0)) && isBrokenWord(text, next)) {
                text.setLength(length - 1);
            }
            text.append(next);
            return;
        }
        text.append(' ').append(next);
    }

    private boolean isBrokenWord(StringBuilder text, String next) {
        int start = text.length() - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && text.charAt(start - 1) == '-') {
            return false; // "out-of-" + "pocket": part of a hyphenated compound
        }
        String head = text.substring(start, text.length() - 1).toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < next.length() && Character.isLetter(next.charAt(end))) {
            end++;
        }
        String tail = next.substring(0, end).toLowerCase(Locale.ROOT);
        loadVocabulary();
        return words.contains(head + tail) && !compounds.contains(head + "-" + tail);
    }

    private void loadVocabulary() {
        if (words != null) {
            return;
        }
        words = new HashSet<>();
        compounds = new HashSet<>();
        for (String line : documentLines.get()) {
            String lower = line.toLowerCase(Locale.ROOT);
            int end = 0;
            while (end < lower.length()) {
                int start = end;
                while (start < lower.length() && !isWordChar(lower.charAt(start))) {
                    start++;
                }
                end = start;
                while (end < lower.length() && isWordChar(lower.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    addToken(lower.substring(start, end));
                }
            }
        }
    }

    /** A token is a run of letters and hyphens: its parts are words, and with an inner hyphen it is a compound. */
    private void addToken(String token) {
        if (token.indexOf('-') > 0 && !token.endsWith("-")) {
            compounds.add(token);
        }
        int start = 0;
        for (int hyphen = token.indexOf('-'); hyphen >= 0; hyphen = token.indexOf('-', start)) {
            if (hyphen > start) {
                words.add(token.substring(start, hyphen));
            }
            start = hyphen + 1;
        }
        if (start < token.length()) {
            words.add(token.substring(start));
        }
    }

    private static boolean isWordChar(char c) {
        return c == '-' || Character.isLetter(c);
    }
}
