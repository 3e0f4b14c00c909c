package org.clausecheck.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A category that words decide: a sentence shows it when it holds one of the words and matches the expression but
 * not the exception. Read from {@code word-rules.tsv}; the words let most sentences be passed over without the
 * expressions.
 */
public record WordRule(String category, List<String> words, Pattern match, Pattern unless) {

    static final String RESOURCE = "/org/clausecheck/inventory/word-rules.tsv";
    private static final int CELLS = 4;
    private static final String EXPECTED = "a CUAD category, words, match and unless";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public WordRule {
        Objects.requireNonNull(category, "category");
        words = List.copyOf(words);
        Objects.requireNonNull(match, "match");
    }

    /** Whether a sentence, in lower case with single spaces, shows the category. */
    boolean shows(String normalised) {
        return mayShow(normalised) && match.matcher(normalised).find()
                && (unless == null || !unless.matcher(normalised).find());
    }

    /** Whether a sentence as written shows the category. */
    public boolean showsIn(String sentence) {
        return shows(normalise(sentence));
    }

    /** Whether a sentence in lower case holds one of the words: most do not, and need no expression. */
    boolean mayShow(String lowerCase) {
        for (String word : words) {
            if (lowerCase.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence in lower case with single spaces, as the expressions read it. */
    static String normalise(String sentence) {
        return WHITESPACE.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    public static List<WordRule> shipped() {
        return RuleTable.shipped(RESOURCE, CELLS, EXPECTED).stream().map(WordRule::of).toList();
    }

    static List<WordRule> parse(BufferedReader in) throws IOException {
        return RuleTable.rows(in, CELLS, EXPECTED).stream().map(WordRule::of).toList();
    }

    private static WordRule of(String[] cells) {
        return new WordRule(cells[0], List.of(cells[1].split("\\|")), Pattern.compile(cells[2]),
                cells[3].isBlank() ? null : Pattern.compile(cells[3]));
    }
}
