package org.clausecheck.analyze;

import java.util.Objects;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;

/**
 * What an analysis uses.
 *
 * @param playbook         the rules
 * @param customerOverride the customer's name or defined term when the user knows it, or null
 */
public record AnalysisOptions(Playbook playbook, String customerOverride) {

    public AnalysisOptions {
        Objects.requireNonNull(playbook, "playbook");
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(PlaybookLoader.loadDefault(), null);
    }

    public AnalysisOptions withCustomer(String customer) {
        return new AnalysisOptions(playbook, customer);
    }
}
