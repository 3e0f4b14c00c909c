package org.clausecheck.annotate.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a quote's key among a PDF's glyph key. The quote is first looked for whole, taking the occurrence with as
 * many equal quotes before it as the extracted text has. The extractor reorders some text (columns, footnotes) and
 * drops some (running headers, page numbers inside a quote that crosses a page): when the whole quote is not there,
 * it is taken in pieces, each the longest part of the rest of the quote that the glyphs print, near the last piece.
 * The quote is looked for from its page on: the extractor says which page each block stands on.
 */
final class QuoteMatcher {

    /** Shorter pieces than this would match anywhere; they are left out (and count against the coverage). */
    private static final int MIN_PIECE = 12;
    /** How far before its page's first glyph the pieces of a quote are looked for. */
    private static final int LOOK_BEHIND = 4_000;

    private final String key;

    QuoteMatcher(String key) {
        this.key = key;
    }

    /**
     * The key ranges printing the quote, in quote order; empty when not even one piece is found.
     *
     * @param quote      the quote's key
     * @param occurrence how many equal quotes come before it on its page in the extracted text
     * @param near       the first key index of the quote's page
     */
    List<KeyRange> find(String quote, int occurrence, int near) {
        if (quote.isEmpty()) {
            return List.of();
        }
        int whole = occurrence(quote, occurrence, near);
        if (whole >= 0) {
            return List.of(new KeyRange(whole, whole + quote.length()));
        }
        List<KeyRange> pieces = new ArrayList<>();
        int from = Math.max(0, near - LOOK_BEHIND);
        int at = 0;
        while (at < quote.length()) {
            int[] piece = longestPiece(quote, at, from);
            if (piece[1] < MIN_PIECE) {
                at++;
                continue;
            }
            pieces.add(new KeyRange(piece[0], piece[0] + piece[1]));
            at += piece[1];
            from = Math.max(0, piece[0] + piece[1] - LOOK_BEHIND);
        }
        return List.copyOf(pieces);
    }

    private int occurrence(String quote, int n, int from) {
        int found = -1;
        for (int i = 0; i <= n; i++) {
            int index = key.indexOf(quote, from);
            if (index < 0) {
                break;
            }
            found = index;
            from = index + 1;
        }
        return found;
    }

    /**
     * {index, length} of the longest prefix of quote[at..] found at or after {@code from}. A prefix of a found piece
     * is found too, so the length is searched for by halves.
     */
    private int[] longestPiece(String quote, int at, int from) {
        int low = 0;
        int high = quote.length() - at;
        int index = -1;
        while (low < high) {
            int length = (low + high + 1) >>> 1;
            int found = key.indexOf(quote.substring(at, at + length), from);
            if (found >= 0) {
                low = length;
                index = found;
            } else {
                high = length - 1;
            }
        }
        return new int[] {index, low};
    }
}
