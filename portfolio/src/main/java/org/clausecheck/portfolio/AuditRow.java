package org.clausecheck.portfolio;

import java.util.List;
import java.util.Objects;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;

/**
 * One file of an audit, small enough to keep for every file of a large portfolio: the matrix row. The
 * findings' evidence and the text stay in the index.
 *
 * @param file     the file as the user named it (input path plus the path below it)
 * @param key      the absolute, normalised path: the file's key in the index
 * @param sha256   SHA-256 of the content, or "" when the file could not be read
 * @param format   the detected format's name, or "" for a failure
 * @param pages    page count, 0 when the format has none
 * @param risk     overall risk, or null for a failure
 * @param statuses one status per rule, in playbook order; empty for a failure
 * @param error    why the file could not be audited, or null
 * @param reused   true when the stored findings were reused because the file and playbook did not change
 * @param unread   which part of the contract could not be read ("pages 4-11 could not be read"), "" when it was
 *                 read whole: its verdicts are incomplete, as {@code check} says of such a document
 * @param inventory the clause inventory and key terms, or null when they were not read (--no-inventory, a failure)
 */
public record AuditRow(String file, String key, String sha256, String format, int pages, RiskLevel risk,
                       List<Status> statuses, String error, boolean reused, String unread,
                       InventoryColumns inventory) {

    /** A row of a contract read whole, without an inventory, or of a failure. */
    public AuditRow(String file, String key, String sha256, String format, int pages, RiskLevel risk,
                    List<Status> statuses, String error, boolean reused) {
        this(file, key, sha256, format, pages, risk, statuses, error, reused, "", null);
    }

    public AuditRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        sha256 = sha256 == null ? "" : sha256;
        format = format == null ? "" : format;
        unread = unread == null ? "" : unread;
        statuses = List.copyOf(statuses);
        if ((error == null) == statuses.isEmpty()) {
            throw new IllegalArgumentException("a row has either statuses or an error: " + file);
        }
        if (error != null && inventory != null) {
            throw new IllegalArgumentException("a failed file has no inventory: " + file);
        }
    }

    public static AuditRow failed(PortfolioFile file, String sha256, String reason, boolean reused) {
        return new AuditRow(file.display(), file.key(), sha256, "", 0, null, List.of(), reason, reused);
    }

    public boolean failed() {
        return error != null;
    }

    /** True for a contract read only in part. */
    public boolean readInPart() {
        return !unread.isEmpty();
    }
}
