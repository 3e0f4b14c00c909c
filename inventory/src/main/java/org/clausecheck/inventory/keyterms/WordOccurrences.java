package org.clausecheck.inventory.keyterms;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where each of a few words occurs in a document, found in one pass per word over the lower-cased text, so that
 * "does this sentence hold the word" costs a binary search instead of lower-casing and scanning every sentence.
 */
final class WordOccurrences {

    private final Map<String, int[]> starts;
    /** False when lower-casing changed the text's length: offsets are then unknown and every check passes. */
    private final boolean aligned;

    private WordOccurrences(Map<String, int[]> starts, boolean aligned) {
        this.starts = starts;
        this.aligned = aligned;
    }

    /** The occurrences of {@code words} (lower case) in {@code text}, ignoring case. */
    static WordOccurrences of(String text, String... words) {
        String lower = text.toLowerCase(Locale.ROOT);
        Map<String, int[]> starts = new HashMap<>();
        for (String word : words) {
            int[] found = new int[16];
            int count = 0;
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
            starts.put(word, Arrays.copyOf(found, count));
        }
        return new WordOccurrences(starts, lower.length() == text.length());
    }

    /** True when {@code word} occurs within [start, end) of the text. */
    boolean in(String word, int start, int end) {
        int[] found = starts.get(word);
        if (found == null) {
            throw new IllegalArgumentException("not indexed: " + word);
        }
        if (!aligned) {
            return true;
        }
        int index = Arrays.binarySearch(found, start);
        int first = index >= 0 ? index : -index - 1;
        return first < found.length && found[first] + word.length() <= end;
    }
}
