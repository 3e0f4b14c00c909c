package org.clausecheck.eval.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The vocabulary of one pattern as written: every any() list with its alternatives and where each stands in the
 * text, so that the pattern can be written again without one of them, and the groups it names. It reads the
 * playbook's pattern language (docs/playbook.md) only as far as that needs; {@code PatternCompiler} still decides
 * whether a pattern is valid.
 */
public final class PatternText {

    /**
     * One alternative of an any() list.
     *
     * @param list      1-based number of its any() list in the pattern, in the order the lists open
     * @param index     0-based position in its list
     * @param text      the alternative as written
     * @param exception whether it stands where a match excludes rather than gives one: the second pattern of
     *                  notnear() or notcontaining() (an odd number of them, counted from the outside)
     * @param start     where the alternative starts in the pattern
     * @param end       where it ends
     */
    public record Alternative(int list, int index, String text, boolean exception, int start, int end) {
    }

    private final String pattern;
    private final List<Alternative> alternatives = new ArrayList<>();
    /** Per any() list with at least two alternatives, the alternatives in order. */
    private final List<List<Alternative>> lists = new ArrayList<>();
    private final Set<String> groups = new LinkedHashSet<>();
    private int at;
    private int listCount;

    private PatternText(String pattern) {
        this.pattern = pattern;
    }

    /**
     * Reads a pattern.
     *
     * @throws IllegalArgumentException when it is not a pattern of the language
     */
    public static PatternText read(String pattern) {
        PatternText text = new PatternText(pattern);
        text.expression(false);
        text.skipSpaces();
        if (!text.atEnd()) {
            throw text.error("unexpected '" + text.peek() + "'");
        }
        text.alternatives.sort(Comparator.comparingInt(Alternative::list).thenComparingInt(Alternative::index));
        return text;
    }

    public String pattern() {
        return pattern;
    }

    /** The alternatives of every any() list with at least two, in the order they are written. */
    public List<Alternative> alternatives() {
        return List.copyOf(alternatives);
    }

    /** The names of the groups the pattern refers to as {@code @name}, in order of first use. */
    public Set<String> groups() {
        return Set.copyOf(groups);
    }

    /** The pattern without one alternative: its list keeps the others, so the list still has one at least. */
    public String without(Alternative alternative) {
        List<Alternative> list = lists.stream().filter(l -> l.get(0).list() == alternative.list()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an alternative of this pattern: " + alternative));
        int i = alternative.index();
        if (i + 1 < list.size()) {
            return pattern.substring(0, alternative.start()) + pattern.substring(list.get(i + 1).start());
        }
        return pattern.substring(0, list.get(i - 1).end()) + pattern.substring(alternative.end());
    }

    /** Reads one expression; returns nothing, records lists, alternatives and groups on the way. */
    private void expression(boolean exception) {
        skipSpaces();
        if (atEnd()) {
            throw error("a word, phrase or function expected");
        }
        char c = peek();
        if (c == '"' || c == '\u201C') {
            char close = c == '"' ? '"' : '\u201D';
            int end = pattern.indexOf(close, at + 1);
            if (end < 0) {
                throw error("unclosed phrase");
            }
            at = end + 1;
            return;
        }
        if (c == '@') {
            at++;
            groups.add(word());
            return;
        }
        String word = word();
        skipSpaces();
        if (!atEnd() && peek() == '(') {
            function(word.toLowerCase(Locale.ROOT), exception);
        }
    }

    private void function(String name, boolean exception) {
        at++; // (
        boolean any = name.equals("any");
        int list = any ? ++listCount : 0;
        List<int[]> spans = new ArrayList<>();
        List<Boolean> exceptions = new ArrayList<>();
        int pattern = 0;
        boolean first = true;
        while (true) {
            skipSpaces();
            if (first && !atEnd() && Character.isDigit(peek()) && takesWidth(name)) {
                while (!atEnd() && Character.isDigit(peek())) {
                    at++;
                }
            } else {
                // notnear(N, a, b) and notcontaining(a, b): b is what a match must not have near or inside it
                boolean excluded = pattern == 1 && (name.equals("notnear") || name.equals("notcontaining"));
                int start = at;
                expression(exception ^ excluded);
                spans.add(new int[] {start, at});
                exceptions.add(exception ^ excluded);
                pattern++;
            }
            first = false;
            skipSpaces();
            if (atEnd()) {
                throw error("')' expected");
            }
            if (peek() == ',') {
                at++;
                continue;
            }
            if (peek() == ')') {
                at++;
                break;
            }
            throw error("',' or ')' expected");
        }
        if (any && spans.size() >= 2) {
            List<Alternative> recorded = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                int[] span = spans.get(i);
                recorded.add(new Alternative(list, i, this.pattern.substring(span[0], span[1]), exceptions.get(i),
                        span[0], span[1]));
            }
            lists.add(recorded);
            alternatives.addAll(recorded);
        }
    }

    private static boolean takesWidth(String name) {
        return switch (name) {
            case "ordered", "unordered", "within", "near", "notnear" -> true;
            default -> false;
        };
    }

    private String word() {
        int start = at;
        while (!atEnd() && isWordChar(peek())) {
            at++;
        }
        if (start == at) {
            throw error("a word, phrase or function expected, found '" + (atEnd() ? "end" : peek()) + "'");
        }
        return pattern.substring(start, at);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '*' || c == '?' || c == '-' || c == '\'' || c == '_';
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            at++;
        }
    }

    private boolean atEnd() {
        return at >= pattern.length();
    }

    private char peek() {
        return pattern.charAt(at);
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at character " + at + " of pattern: " + pattern);
    }
}
