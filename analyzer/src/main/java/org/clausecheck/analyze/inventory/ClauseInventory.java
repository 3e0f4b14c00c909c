package org.clausecheck.analyze.inventory;

import java.util.List;
import java.util.Objects;

/**
 * What a portfolio review asks of every agreement: the categories of clause it contains and its key terms.
 *
 * @param clauses  the categories found, in CUAD's order
 * @param keyTerms parties, dates, renewal and governing law
 */
public record ClauseInventory(List<InventoryClause> clauses, KeyTerms keyTerms) {

    public ClauseInventory {
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(keyTerms, "keyTerms");
    }
}
