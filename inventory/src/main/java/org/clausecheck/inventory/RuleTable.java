package org.clausecheck.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated table of the inventory's data ({@code word-rules.tsv}, {@code gates.tsv}): one row a line, the
 * first cell a CUAD category; blank lines and lines starting with '#' are comments.
 */
final class RuleTable {

    private RuleTable() {
    }

    /** The rows of a classpath resource. */
    static List<String[]> shipped(String resource, int cells, String expected) {
        try (InputStream in = RuleTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing");
            }
            return rows(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), cells, expected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The rows, each of exactly {@code cells} cells naming a CUAD category first; any other line is refused with
     * its number and what was {@code expected}.
     */
    static List<String[]> rows(BufferedReader in, int cells, String expected) throws IOException {
        List<String[]> rows = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t", -1);
            if (row.length != cells || !InventoryCategories.NAMES.contains(row[0])) {
                throw new IllegalArgumentException("line " + number + ": expected " + expected
                        + ", tab-separated: " + line);
            }
            rows.add(row);
        }
        return rows;
    }
}
