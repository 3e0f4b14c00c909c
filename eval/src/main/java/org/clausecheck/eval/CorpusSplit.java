package org.clausecheck.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fixed split of a labelled corpus into the half rules are written from and the half they are only measured
 * on. A contract's half is decided by the SHA-256 of its family name, so it never changes and needs no list; the
 * family drops a trailing copy or part number ("_1", "Part2", "Agreement2"), so copies and parts of one agreement
 * fall in the same half and a copy in the write half cannot leak its wording into the check half.
 */
public enum CorpusSplit {
    /** The half rules, vocabulary and the candidate finder are written or trained from. */
    WRITE,
    /** The half only measured on. */
    CHECK,
    /** Both halves. */
    ALL;

    private static final Pattern COPY_NUMBER = Pattern.compile("(?:_?[Pp]art)?_?\\d+$");

    /** The half a contract belongs to: WRITE or CHECK. */
    public static CorpusSplit of(String contractId) {
        return (digest(family(contractId))[0] & 1) == 0 ? WRITE : CHECK;
    }

    /** The contract's id without a trailing copy or part number. */
    public static String family(String contractId) {
        return COPY_NUMBER.matcher(contractId.strip()).replaceFirst("");
    }

    public boolean contains(String contractId) {
        return this == ALL || of(contractId) == this;
    }

    /** Lower-case name, as written on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CorpusSplit parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
