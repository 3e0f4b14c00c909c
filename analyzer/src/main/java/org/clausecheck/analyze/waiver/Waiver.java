package org.clausecheck.analyze.waiver;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One accepted gap: a rule's finding in the contracts a file glob or a SHA-256 names, accepted by someone, for a
 * reason, until a date. A waiver never changes a verdict; it is an annotation beside it that keeps the finding from
 * failing a run while it is in force.
 *
 * @param ruleId     the playbook rule it applies to
 * @param fileGlob   a glob of contract paths relative to the waiver file's folder ({@code contracts/acme-*.pdf}),
 *                   or "" when the waiver names the contract by its hash
 * @param sha256     the contract's SHA-256 in hex, lower case, or "" when the waiver names files
 * @param reason     why the gap is accepted
 * @param approvedBy who accepted it
 * @param until      the last day it applies; from the day after, it is reported as expired
 */
public record Waiver(String ruleId, String fileGlob, String sha256, String reason, String approvedBy,
                     LocalDate until) {

    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        fileGlob = fileGlob == null ? "" : fileGlob;
        sha256 = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(until, "until");
        if (fileGlob.isEmpty() && sha256.isEmpty()) {
            throw new IllegalArgumentException("a waiver names a file or a sha256");
        }
    }

    /** True from the day after {@link #until}. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(until);
    }

    /**
     * Whether this waiver names the contract: its rule, and its glob (against the path relative to {@code base}) and
     * its hash, each when given.
     *
     * @param file the contract's path, absolute or relative to the current folder; null for standard input
     */
    boolean covers(String ruleId, Path base, Path file, String contractSha256) {
        if (!this.ruleId.equals(ruleId)) {
            return false;
        }
        if (!sha256.isEmpty() && !sha256.equalsIgnoreCase(contractSha256)) {
            return false;
        }
        return fileGlob.isEmpty() || file != null && globMatches(base, file);
    }

    private boolean globMatches(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) {
            return false;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + fileGlob);
        return matcher.matches(base.relativize(absolute));
    }
}
