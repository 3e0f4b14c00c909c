package org.clausecheck.analyze.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    // Candidate end: sentence punctuation, closing quotes or brackets, then white space.
    private static final Pattern END = Pattern.compile("[.!?][\"'\u201D\u2019)\\]]*\\s+");

    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,3})*");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("([A-Za-z]\\.)+[A-Za-z]");

    private SentenceSplitter() {
    }

    /** Sentence spans as [start, end) pairs relative to {@code text}, trimmed of surrounding white space. */
    public static List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int sentenceStart = 0;
        Matcher end = END.matcher(text);
        while (end.find()) {
            int next = end.end();
            if (next >= text.length() || !startsSentence(text, next)) {
                continue;
            }
            if (text.charAt(end.start()) == '.' && isAbbreviation(text, end.start())) {
                continue;
            }
            addTrimmed(spans, text, sentenceStart, end.end()); // closing quotes and brackets stay
            sentenceStart = next;
        }
        addTrimmed(spans, text, sentenceStart, text.length());
        return spans;
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
        if (LIST_NUMBER.matcher(word).matches() && startOfLineOrSentence(text, wordStart)) {
            return true; // "1." or "1.1." opening a numbered paragraph
        }
        if (DOTTED_ABBREVIATION.matcher(word).matches()) {
            return true; // "U.S", "e.g", "N.A"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
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
