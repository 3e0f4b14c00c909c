package org.clausecheck.candidates;

import java.util.Locale;
import java.util.Objects;

/**
 * One category the finder scores sentences for, with what training measured of it.
 *
 * @param id          stable id ("ip-ownership-assignment")
 * @param column      the CUAD label column its positives come from ("Ip Ownership Assignment")
 * @param threshold   the probability from which a sentence is a candidate: the best F1 of the held-out folds
 * @param positives   training sentences inside an expert span of the category
 * @param sentences   training sentences in all
 * @param heldOut     precision, recall and F1 of the held-out folds at the threshold, as text
 */
public record CandidateCategory(String id, String column, double threshold, int positives, int sentences,
                                String heldOut) {

    public CandidateCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(column, "column");
        heldOut = heldOut == null ? "" : heldOut;
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be within 0..1: " + threshold);
        }
    }

    /** The line of categories.tsv. */
    String line() {
        return String.join("\t", id, column, String.format(Locale.ROOT, "%.3f", threshold), Integer.toString(positives),
                Integer.toString(sentences), heldOut);
    }

    static CandidateCategory parse(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 6) {
            throw new IllegalArgumentException("expected 6 tab-separated cells: " + line);
        }
        return new CandidateCategory(cells[0], cells[1], Double.parseDouble(cells[2]), Integer.parseInt(cells[3]),
                Integer.parseInt(cells[4]), cells[5]);
    }

    static final String HEADER = "id\tcolumn\tthreshold\tpositives\tsentences\theld-out folds at threshold";
}
