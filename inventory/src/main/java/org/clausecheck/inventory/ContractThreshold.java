package org.clausecheck.inventory;

import java.util.Locale;
import java.util.Objects;

/**
 * From which probability of its best sentence a contract contains a category, with what the held-out folds of the
 * training contracts measured at that threshold.
 *
 * @param id        the category's id in the model
 * @param threshold the probability, 0..1
 * @param heldOut   precision, recall and F1 over the held-out contracts, as text
 */
public record ContractThreshold(String id, double threshold, String heldOut) {

    static final String HEADER = "id\tcontract threshold\theld-out contracts at threshold";

    public ContractThreshold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heldOut, "heldOut");
    }

    String line() {
        return String.join("\t", id, String.format(Locale.ROOT, "%.3f", threshold), heldOut);
    }

    static ContractThreshold parse(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 3) {
            throw new IllegalArgumentException("expected 3 tab-separated cells: " + line);
        }
        return new ContractThreshold(cells[0], Double.parseDouble(cells[1]), cells[2]);
    }
}
