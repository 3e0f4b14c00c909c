package org.clausecheck.analyze.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits running text into sentences. A full stop ends a sentence only when the next word starts like a
 * sentence and the word before it is not a legal or corporate abbreviation ("Inc.", "U.S.", "Sec.", "e.g.",
 * "No.") or an initial.
 */
public final class SentenceSplitter {

    /** Lower-cased, without the final period. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "corp", "co", "ltd", "llc", "l.l.c", "n.a", "u.s", "u.s.a", "u.k", "e.u", "sec", "secs", "no",
            "nos", "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "v", "art", "arts", "para", "paras",
            "jr", "sr", "pty", "s.a", "b.v", "n.v", "a.g", "s.p.a", "s.a.s", "approx", "dept", "fig", "ref",
            "cf", "viz", "ch", "sch", "cl", "subsec", "par", "ex", "exh", "p", "pp", "vol", "id", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "corps", "bros", "assoc",
            "int'l", "intl", "govt", "mfg", "dba", "d/b/a", "et", "al", "seq", "u.s.c", "c.f.r");

    private SentenceSplitter() {
    }

    /** Sentence spans as [start, end) pairs relative to {@code text}, trimmed of surrounding white space. */
    public static List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int sentenceStart = 0;
        char[] chars = text.toCharArray(); // scanned much faster than a string with wide characters
        for (int at = 0; at < chars.length; at++) {
            int next = candidateEnd(chars, at);
            if (next < 0) {
                continue;
            }
            int punctuation = at;
            at = next - 1; // the next candidate starts after this one's white space
            if (next >= text.length() || !startsSentence(text, next)) {
                continue;
            }
            if (text.charAt(punctuation) == '.' && isAbbreviation(text, punctuation)) {
                continue;
            }
            addTrimmed(spans, text, sentenceStart, next); // closing quotes and brackets stay
            sentenceStart = next;
        }
        addTrimmed(spans, text, sentenceStart, text.length());
        return spans;
    }

    /**
     * A candidate end at {@code at}: sentence punctuation, closing quotes or brackets, then white space (the
     * regular expression {@code [.!?]["'\u201D\u2019)\]]*\s+}). Returns the offset after the white space, or -1.
     * A loop over the characters: a regular expression tried at every offset cost more than the rest of the
     * splitting.
     */
    static int candidateEnd(char[] text, int at) {
        char c = text[at];
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int i = at + 1;
        while (i < text.length && isClosing(text[i])) {
            i++;
        }
        int spaceStart = i;
        while (i < text.length && isSpace(text[i])) {
            i++;
        }
        return i > spaceStart ? i : -1;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
    }

    /** White space as {@code \s} of a regular expression: space, tab, line feed, vertical tab, form feed, return. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '('
                || c == '[' || c == '\u2022';
    }

    /** True when the period at {@code dot} closes an abbreviation, an initial or a bare list number. */
    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '"'
                && text.charAt(wordStart - 1) != '\u201C') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John A. Smith"
        }
        if (isListNumber(word) && startOfLineOrSentence(text, wordStart)) {
            return true; // "1." or "1.1." opening a numbered paragraph
        }
        if (isDottedAbbreviation(word)) {
            return true; // "U.S", "e.g", "N.A"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "1", "12.3", "1.2.10": one to three digits, dot-separated ({@code \d{1,3}(\.\d{1,3})*}). */
    static boolean isListNumber(String word) {
        int digits = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return false;
                }
            } else if (c == '.' && digits > 0) {
                digits = 0;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** "U.S", "e.g", "N.A": single ASCII letters joined by dots ({@code ([A-Za-z]\.)+[A-Za-z]}). */
    static boolean isDottedAbbreviation(String word) {
        if (word.length() < 3 || word.length() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean expected = i % 2 == 0 ? (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') : c == '.';
            if (!expected) {
                return false;
            }
        }
        return true;
    }

    private static boolean startOfLineOrSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || ".:;!?".indexOf(text.charAt(i)) >= 0;
    }

    private static void addTrimmed(List<int[]> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }
}
