package org.clausecheck.analyze.finding;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one rule for one contract.
 *
 * @param ruleId         the rule's stable id
 * @param status         MET, WEAK, CONTRARY or MISSING
 * @param confidence     0..1
 * @param reasons        which patterns fired, which were weakened, negated or out of scope, and why the status
 * @param evidence       the sentences relied on, in document order
 * @param recommendation the language to request, empty when MET
 */
public record Finding(String ruleId, Status status, double confidence, List<String> reasons, List<Evidence> evidence,
                      String recommendation) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(status, "status");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
        recommendation = recommendation == null ? "" : recommendation;
        if (status == Status.MET && evidence.stream().anyMatch(e -> e.kind() == EvidenceKind.CONTRARY)) {
            throw new IllegalArgumentException("MET while contrary evidence stands: " + ruleId);
        }
    }
}
