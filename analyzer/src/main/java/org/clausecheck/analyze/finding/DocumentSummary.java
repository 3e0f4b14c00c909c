package org.clausecheck.analyze.finding;

import java.util.List;
import java.util.Objects;
import org.clausecheck.analyze.parties.PartyResolution;

/**
 * The headline of an analysis.
 *
 * @param parties          who is the customer and who the vendor, with the reason
 * @param met              protections MET
 * @param total            protections checked
 * @param requiredNotMet   ids of required protections not MET, in playbook order
 * @param risk             overall risk for the customer
 */
public record DocumentSummary(PartyResolution parties, int met, int total, List<String> requiredNotMet,
                              RiskLevel risk) {

    public DocumentSummary {
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(risk, "risk");
        requiredNotMet = List.copyOf(requiredNotMet);
    }
}
