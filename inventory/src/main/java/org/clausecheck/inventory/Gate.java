package org.clausecheck.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Words a sentence must hold for the learned model's score of it to count towards a category: a "non-exclusive
 * licence" scores high for Exclusivity but is none. Read from {@code gates.tsv}; training chooses the contract
 * thresholds with the same gates.
 */
record Gate(String category, Pattern words) {

    static final String RESOURCE = "/org/clausecheck/inventory/gates.tsv";

    Gate {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(words, "words");
    }

    /** Whether a sentence in lower case holds the words. */
    boolean admits(String lowerCase) {
        return words.matcher(lowerCase).find();
    }

    static List<Gate> shipped() {
        try (InputStream in = Gate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<Gate> parse(BufferedReader in) throws IOException {
        List<Gate> gates = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2 || !InventoryCategories.NAMES.contains(cells[0])) {
                throw new IllegalArgumentException("line " + number + ": expected a CUAD category and an expression,"
                        + " tab-separated: " + line);
            }
            gates.add(new Gate(cells[0], Pattern.compile(cells[1])));
        }
        return gates;
    }

    /** The gate of each category in the order of the names, null where none. */
    static Gate[] byCategory(List<Gate> gates, List<String> names) {
        Gate[] byCategory = new Gate[names.size()];
        for (Gate gate : gates) {
            byCategory[names.indexOf(gate.category())] = gate;
        }
        return byCategory;
    }
}
