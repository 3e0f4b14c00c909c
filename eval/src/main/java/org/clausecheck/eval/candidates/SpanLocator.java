package org.clausecheck.eval.candidates;

/**
 * Finds an expert's clause text (CUAD marks it in its own plain text) in the text clausecheck extracted from the
 * PDF, where line breaks, hyphenation, quotation marks, running headers and page numbers differ. Tried in turn:
 * <ol>
 *   <li>{@link Match#EXACT}: white space collapsed, curly quotes and dashes made plain, case ignored;</li>
 *   <li>{@link Match#LETTERS}: letters and digits only, so punctuation and hyphenation no longer matter;</li>
 *   <li>{@link Match#ENDS}: its first and last {@value #ANCHOR} letters and digits, in order, no further apart than
 *   the span plus a quarter (a page footer or header inside the span);</li>
 * </ol>
 * else {@link Match#NOT_FOUND}.
 */
public final class SpanLocator {

    /** How a span was found. */
    public enum Match { EXACT, LETTERS, ENDS, NOT_FOUND }

    /** Where a span stands in the document text: [start, end), or -1 when not found. */
    public record Location(Match match, int start, int end) {
        public boolean found() {
            return match != Match.NOT_FOUND;
        }
    }

    static final int ANCHOR = 40;
    private static final Location NOWHERE = new Location(Match.NOT_FOUND, -1, -1);

    private final Normalised plain;
    private final Normalised letters;

    public SpanLocator(String documentText) {
        this.plain = Normalised.plain(documentText);
        this.letters = Normalised.letters(documentText);
    }

    public Location locate(String span) {
        String wanted = Normalised.plain(span).text.strip();
        if (wanted.isEmpty()) {
            return NOWHERE;
        }
        int at = plain.text.indexOf(wanted);
        if (at >= 0) {
            return new Location(Match.EXACT, plain.offsets[at], plain.offsets[at + wanted.length() - 1] + 1);
        }
        String compact = Normalised.letters(span).text;
        if (compact.isEmpty()) {
            return NOWHERE;
        }
        at = letters.text.indexOf(compact);
        if (at >= 0) {
            return new Location(Match.LETTERS, letters.offsets[at], letters.offsets[at + compact.length() - 1] + 1);
        }
        if (compact.length() < 3 * ANCHOR) {
            return NOWHERE;
        }
        String head = compact.substring(0, ANCHOR);
        String tail = compact.substring(compact.length() - ANCHOR);
        int longest = compact.length() + compact.length() / 4;
        for (int from = letters.text.indexOf(head); from >= 0; from = letters.text.indexOf(head, from + 1)) {
            int to = letters.text.indexOf(tail, from + ANCHOR);
            if (to >= 0 && to + ANCHOR - from <= longest) {
                return new Location(Match.ENDS, letters.offsets[from], letters.offsets[to + ANCHOR - 1] + 1);
            }
        }
        return NOWHERE;
    }

    /** A normalised copy of a text with, for each of its characters, the offset it came from. */
    private record Normalised(String text, int[] offsets) {

        static Normalised plain(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int[] offsets = new int[text.length()];
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    space = out.length() > 0;
                    continue;
                }
                if (space) {
                    offsets[out.length()] = i;
                    out.append(' ');
                    space = false;
                }
                offsets[out.length()] = i;
                out.append(Character.toLowerCase(plainChar(c)));
            }
            return new Normalised(out.toString(), offsets);
        }

        static Normalised letters(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int[] offsets = new int[text.length()];
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    offsets[out.length()] = i;
                    out.append(Character.toLowerCase(c));
                }
            }
            return new Normalised(out.toString(), offsets);
        }

        private static char plainChar(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            };
        }
    }
}
