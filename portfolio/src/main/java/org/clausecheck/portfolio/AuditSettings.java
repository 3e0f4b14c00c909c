package org.clausecheck.portfolio;

import java.time.Duration;
import java.util.Objects;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.extract.ExtractionOptions;

/**
 * How an audit runs.
 *
 * @param jobs       files processed at the same time
 * @param timeLimit  per-file limit; a file over it is a failure row and the run goes on
 * @param extraction size limits, password, tracked-changes view
 * @param analysis   the playbook and the customer override
 * @param rehash     hash every known file, even one with the size and modification time it had when read
 */
public record AuditSettings(int jobs, Duration timeLimit, ExtractionOptions extraction, AnalysisOptions analysis,
                            boolean rehash) {

    /** Settings that trust an unchanged size and modification time, as a re-audit does by default. */
    public AuditSettings(int jobs, Duration timeLimit, ExtractionOptions extraction, AnalysisOptions analysis) {
        this(jobs, timeLimit, extraction, analysis, false);
    }

    public AuditSettings {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
        }
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * Stored findings are reused only for the same content analysed the same way: same playbook (name,
     * version and rules selected), same customer override, same reading of tracked changes, and the clause
     * inventory read or not (an audit without it leaves the key as it was before the inventory existed), by the
     * same build of clausecheck ({@link EngineFingerprint}).
     */
    public String analysisKey() {
        StringBuilder key = new StringBuilder("engine=").append(EngineFingerprint.current()).append(' ')
                .append(analysis.playbook().name()).append('@')
                .append(analysis.playbook().version()).append(" rules=");
        for (Rule rule : analysis.playbook().rules()) {
            key.append(rule.id()).append(',');
        }
        key.append(" customer=").append(Objects.toString(analysis.customerOverride(), ""));
        key.append(" view=").append(extraction.revisionView());
        if (analysis.inventory() != null) {
            key.append(" inventory");
        }
        return key.toString();
    }
}
