package org.clausecheck.analyze.doctype;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where any of a few words or phrases starts a word of a text, ignoring case, in one pass: at each word start
 * whose letter begins one of them, only those are compared. A contract's text usually holds curly quotes, and then
 * {@link String#indexOf} takes a slow path and a case-insensitive expression tries every offset; both cost more
 * than the rest of the document profile.
 */
final class WordScan {

    /** Receives the index of the phrase found and the offset where it starts. */
    interface Found {
        void at(int phrase, int offset);
    }

    private final List<String> phrases;
    /** For each ASCII letter, the indexes of the phrases that start with it. */
    private final int[][] byFirstLetter = new int[128][];

    WordScan(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < this.phrases.size(); i++) {
            char first = Character.toLowerCase(this.phrases.get(i).charAt(0));
            if (first < 128) {
                lists.get(first).add(i);
            }
        }
        for (int c = 0; c < 128; c++) {
            byFirstLetter[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    void scan(String text, Found found) {
        boolean wordStart = true;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            boolean letterOrDigit = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
            if (wordStart && letterOrDigit && c < 128) {
                for (int phrase : byFirstLetter[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c]) {
                    String words = phrases.get(phrase);
                    if (secondDiffers(text, at, words)) {
                        continue; // most phrases of a letter differ in the next one: no case-insensitive compare
                    }
                    if (text.regionMatches(true, at, words, 0, words.length())) {
                        found.at(phrase, at);
                    }
                }
            }
            wordStart = !letterOrDigit;
        }
    }

    /**
     * True when the phrase's second character is ASCII, the text's next one too, and they differ in any case: then
     * {@link String#regionMatches(boolean, int, String, int, int)} ignoring case could not match either.
     */
    private static boolean secondDiffers(String text, int at, String phrase) {
        if (phrase.length() < 2 || at + 1 >= text.length()) {
            return false;
        }
        char wanted = phrase.charAt(1);
        char found = text.charAt(at + 1);
        if (wanted >= 128 || found >= 128) {
            return false;
        }
        return toLowerAscii(wanted) != toLowerAscii(found);
    }

    private static char toLowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** How often each phrase starts a word and ends one (a plural "s" allowed), ignoring case. */
    int[] countWords(String text) {
        int[] counts = new int[phrases.size()];
        scan(text, (phrase, offset) -> {
            int end = offset + phrases.get(phrase).length();
            if (end < text.length() && Character.toLowerCase(text.charAt(end)) == 's') {
                end++;
            }
            if (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                counts[phrase]++;
            }
        });
        return counts;
    }
}
