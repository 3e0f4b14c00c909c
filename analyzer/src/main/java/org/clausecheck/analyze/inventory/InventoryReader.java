package org.clausecheck.analyze.inventory;

/**
 * Reads a document's clause inventory and key terms. The analyzer calls it, when the options carry one, with what
 * it has read; the reader itself lives in the {@code inventory} module.
 */
@FunctionalInterface
public interface InventoryReader {

    ClauseInventory read(InventoryInput input);
}
