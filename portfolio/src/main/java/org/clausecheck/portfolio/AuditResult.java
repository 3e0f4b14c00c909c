package org.clausecheck.portfolio;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an audit run: the matrix rows and the counts the user sees at the end.
 *
 * @param rows      one row per candidate file, sorted by file
 * @param skipped   files that are not contracts, by reason
 * @param analysed  files read and analysed (or failed) in this run
 * @param reused    files whose stored findings were reused
 * @param removed   files deleted from the audited folders whose entries left the index
 * @param elapsed   wall time
 */
public record AuditResult(List<AuditRow> rows, Map<String, Integer> skipped, int analysed, int reused, int removed,
                          Duration elapsed) {

    public AuditResult {
        rows = rows.stream().sorted(Comparator.comparing(AuditRow::file)).toList();
        skipped = Map.copyOf(skipped);
    }

    public long failed() {
        return rows.stream().filter(AuditRow::failed).count();
    }

    public long audited() {
        return rows.size() - failed();
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
