package org.clausecheck.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Words a sentence must hold for the learned model's score of it to count towards a category: a "non-exclusive
 * licence" scores high for Exclusivity but is none. Read from {@code gates.tsv}; training chooses the contract
 * thresholds with the same gates.
 */
public record Gate(String category, Pattern words) {

    static final String RESOURCE = "/org/clausecheck/inventory/gates.tsv";
    private static final int CELLS = 2;
    private static final String EXPECTED = "a CUAD category and an expression";

    public Gate {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(words, "words");
    }

    /** Whether a sentence in lower case holds the words. */
    public boolean admits(String lowerCase) {
        return words.matcher(lowerCase).find();
    }

    public static List<Gate> shipped() {
        return RuleTable.shipped(RESOURCE, CELLS, EXPECTED).stream().map(Gate::of).toList();
    }

    static List<Gate> parse(BufferedReader in) throws IOException {
        return RuleTable.rows(in, CELLS, EXPECTED).stream().map(Gate::of).toList();
    }

    private static Gate of(String[] cells) {
        return new Gate(cells[0], Pattern.compile(cells[1]));
    }

    /** The gate of each category in the order of the names, null where none. */
    public static Gate[] byCategory(List<Gate> gates, List<String> names) {
        Gate[] byCategory = new Gate[names.size()];
        for (Gate gate : gates) {
            byCategory[names.indexOf(gate.category())] = gate;
        }
        return byCategory;
    }
}
