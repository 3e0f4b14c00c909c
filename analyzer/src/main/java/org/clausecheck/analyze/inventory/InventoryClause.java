package org.clausecheck.analyze.inventory;

import java.util.List;
import java.util.Objects;

/**
 * A category of clause the contract contains.
 *
 * @param category   CUAD's category name exactly ("Anti-Assignment", "Cap On Liability")
 * @param evidence   the sentences that show it, best first
 * @param confidence 0..1
 */
public record InventoryClause(String category, List<Citation> evidence, double confidence) {

    public InventoryClause {
        Objects.requireNonNull(category, "category");
        evidence = List.copyOf(evidence);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }
}
