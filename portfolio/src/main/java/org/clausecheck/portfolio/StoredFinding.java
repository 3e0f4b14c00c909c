package org.clausecheck.portfolio;

import java.util.List;
import org.clausecheck.analyze.finding.Status;

/**
 * A finding as the index stores it.
 *
 * @param ruleId         the rule's id
 * @param status         the verdict
 * @param recommendation the language to request, "" when MET
 * @param evidence       the evidence in document order
 */
public record StoredFinding(String ruleId, Status status, String recommendation, List<StoredEvidence> evidence) {

    public StoredFinding {
        evidence = List.copyOf(evidence);
    }
}
