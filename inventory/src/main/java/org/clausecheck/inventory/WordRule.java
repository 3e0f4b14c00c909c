package org.clausecheck.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A category that words decide: a sentence shows it when it holds one of the words and matches the expression but
 * not the exception. Read from {@code word-rules.tsv}; the words let most sentences be passed over without the
 * expressions.
 */
record WordRule(String category, List<String> words, Pattern match, Pattern unless) {

    static final String RESOURCE = "/org/clausecheck/inventory/word-rules.tsv";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    WordRule {
        Objects.requireNonNull(category, "category");
        words = List.copyOf(words);
        Objects.requireNonNull(match, "match");
    }

    /** Whether a sentence, in lower case with single spaces, shows the category. */
    boolean shows(String normalised) {
        return mayShow(normalised) && match.matcher(normalised).find()
                && (unless == null || !unless.matcher(normalised).find());
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

    static List<WordRule> shipped() {
        try (InputStream in = WordRule.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<WordRule> parse(BufferedReader in) throws IOException {
        List<WordRule> rules = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4 || !InventoryCategories.NAMES.contains(cells[0])) {
                throw new IllegalArgumentException("line " + number + ": expected a CUAD category, words, match and"
                        + " unless, tab-separated: " + line);
            }
            rules.add(new WordRule(cells[0], List.of(cells[1].split("\\|")), Pattern.compile(cells[2]),
                    cells[3].isBlank() ? null : Pattern.compile(cells[3])));
        }
        return rules;
    }
}
