package org.clausecheck.annotate;

import java.util.Optional;

/**
 * Finds a quote of the extracted text among a document's runs. The same sentence may stand twice in a contract;
 * the occurrence taken is the one with as many equal sentences before it as the extracted text has before the
 * quote's offset. A list number Word prints in front of a paragraph ("3.1", "(a)") is in the extracted quote but
 * in no run, so a quote not found whole is looked for without its first words, up to three.
 */
final class QuoteFinder {

    private static final int MAX_LEADING_WORDS_DROPPED = 3;

    private QuoteFinder() {
    }

    static Optional<DocxAnnotator.Range> find(WordText text, String extractedText, String quote, int start) {
        String wanted = WordText.normalise(quote);
        String before = WordText.normalise(extractedText.substring(0, Math.min(start, extractedText.length())));
        String haystack = text.text();
        for (int dropped = 0; dropped <= MAX_LEADING_WORDS_DROPPED && !wanted.isEmpty(); dropped++) {
            int index = occurrence(haystack, wanted, count(before, wanted));
            if (index >= 0) {
                return Optional.of(range(text, index, index + wanted.length() - 1));
            }
            int space = wanted.indexOf(' ');
            if (space < 0) {
                break;
            }
            before = before + " " + wanted.substring(0, space);
            wanted = wanted.substring(space + 1);
        }
        return Optional.empty();
    }

    /** The index of the n-th occurrence (0-based), or of the last one when there are fewer; -1 when none. */
    private static int occurrence(String haystack, String needle, int n) {
        int found = -1;
        int from = 0;
        for (int i = 0; i <= n; i++) {
            int index = haystack.indexOf(needle, from);
            if (index < 0) {
                break;
            }
            found = index;
            from = index + 1;
        }
        return found;
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) {
            count++;
        }
        return count;
    }

    private static DocxAnnotator.Range range(WordText text, int first, int last) {
        while (text.place(first) == null) {
            first++;
        }
        while (text.place(last) == null) {
            last--;
        }
        return new DocxAnnotator.Range(text.place(first), text.place(last));
    }
}
