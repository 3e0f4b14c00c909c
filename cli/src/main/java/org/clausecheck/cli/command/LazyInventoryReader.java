package org.clausecheck.cli.command;

import org.clausecheck.analyze.inventory.ClauseInventory;
import org.clausecheck.analyze.inventory.InventoryInput;
import org.clausecheck.analyze.inventory.InventoryReader;
import org.clausecheck.inventory.ClauseInventoryReader;

/**
 * The shipped clause inventory reader, loaded when the first document is read: a re-audit in which no file changed
 * reads none and so never loads the models. Thread-safe, as the audit's workers share it.
 */
final class LazyInventoryReader implements InventoryReader {

    private volatile ClauseInventoryReader reader;

    @Override
    public ClauseInventory read(InventoryInput input) {
        ClauseInventoryReader loaded = reader;
        if (loaded == null) {
            synchronized (this) {
                loaded = reader;
                if (loaded == null) {
                    loaded = ClauseInventoryReader.shipped();
                    reader = loaded;
                }
            }
        }
        return loaded.read(input);
    }
}
