package org.clausecheck.analyze;

import java.util.Objects;
import org.clausecheck.analyze.inventory.InventoryReader;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;

/**
 * What an analysis uses.
 *
 * @param playbook         the rules
 * @param customerOverride the customer's name or defined term when the user knows it, or null
 * @param inventory        reads the clause inventory and key terms, or null to leave them out
 */
public record AnalysisOptions(Playbook playbook, String customerOverride, InventoryReader inventory) {

    public AnalysisOptions {
        Objects.requireNonNull(playbook, "playbook");
    }

    public AnalysisOptions(Playbook playbook, String customerOverride) {
        this(playbook, customerOverride, null);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(PlaybookLoader.loadDefault(), null);
    }

    public AnalysisOptions withCustomer(String customer) {
        return new AnalysisOptions(playbook, customer, inventory);
    }

    public AnalysisOptions withInventory(InventoryReader reader) {
        return new AnalysisOptions(playbook, customerOverride, reader);
    }
}
