package org.clausecheck.analyze.match;

import java.util.Objects;
import org.clausecheck.analyze.finding.EvidenceKind;

/**
 * One match of one pattern, and what the evaluator made of it: produced only when an explanation is asked for
 * ({@link RuleEvaluator#explain}), never on the normal path.
 *
 * @param patternId   the pattern that matched
 * @param patternKind the kind of evidence the pattern gives when nothing changes it (satisfied, weak, contrary)
 * @param sentence    the index of the sentence the match starts in
 * @param outcome     what became of the match
 * @param evidence    the kind of evidence it became, or null when it became none
 * @param detail      why: the scope, the negating word, the weakener, the act of the sentence; "" when nothing more
 */
public record MatchTrace(String patternId, EvidenceKind patternKind, int sentence, MatchOutcome outcome,
                         EvidenceKind evidence, String detail) {

    public MatchTrace {
        Objects.requireNonNull(patternId, "patternId");
        Objects.requireNonNull(patternKind, "patternKind");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == MatchOutcome.EVIDENCE) != (evidence != null)) {
            throw new IllegalArgumentException("evidence kind given for outcome " + outcome + ": " + evidence);
        }
        detail = detail == null ? "" : detail;
    }
}
