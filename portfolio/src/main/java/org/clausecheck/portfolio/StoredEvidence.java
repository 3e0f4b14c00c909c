package org.clausecheck.portfolio;

/**
 * A piece of evidence as the index stores it.
 *
 * @param kind    SATISFYING, WEAK or CONTRARY
 * @param quote   the sentence as printed
 * @param page    1-based page, 0 when the format has none
 * @param section the section number, or ""
 */
public record StoredEvidence(String kind, String quote, int page, String section) {
}
