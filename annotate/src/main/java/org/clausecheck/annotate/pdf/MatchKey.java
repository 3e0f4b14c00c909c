package org.clausecheck.annotate.pdf;

import java.text.Normalizer;

/**
 * The form in which a quote is looked for among a PDF's glyphs: letters and digits only, lower case, compatibility
 * forms decomposed (ligatures). Spaces, punctuation and hyphens are left out because the extractor joins hyphenated
 * words, drops line ends and spaces words by its own rules; the letters are what both sides agree on.
 */
final class MatchKey {

    private MatchKey() {
    }

    /** The key of a text; one key character per letter or digit. */
    static String of(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i), key);
        }
        return key.toString();
    }

    /** For each offset of the text (and its length), the length of the key of the text before it. */
    static int[] keyOffsets(String text) {
        int[] offsets = new int[text.length() + 1];
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            offsets[i] = key.length();
            append(text.charAt(i), key);
        }
        offsets[text.length()] = key.length();
        return offsets;
    }

    private static void append(char c, StringBuilder key) {
        if (c < 0x80) {
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
            return;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.isLetterOrDigit(d)) {
                key.append(Character.toLowerCase(d));
            }
        }
    }
}
