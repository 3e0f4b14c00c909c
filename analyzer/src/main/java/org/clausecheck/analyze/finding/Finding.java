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
 * @param related        for a MISSING finding, up to three passages shown as related, not judged; else empty
 */
public record Finding(String ruleId, Status status, double confidence, List<String> reasons, List<Evidence> evidence,
                      String recommendation, List<RelatedPassage> related) {

    /** A finding without related passages. */
    public Finding(String ruleId, Status status, double confidence, List<String> reasons, List<Evidence> evidence,
                   String recommendation) {
        this(ruleId, status, confidence, reasons, evidence, recommendation, List.of());
    }

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(status, "status");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
        recommendation = recommendation == null ? "" : recommendation;
        related = related == null ? List.of() : List.copyOf(related);
        if (status == Status.MET && evidence.stream().anyMatch(e -> e.kind() == EvidenceKind.CONTRARY)) {
            throw new IllegalArgumentException("MET while contrary evidence stands: " + ruleId);
        }
    }

    /** The same finding with these related passages. */
    public Finding withRelated(List<RelatedPassage> passages) {
        return new Finding(ruleId, status, confidence, reasons, evidence, recommendation, passages);
    }
}
