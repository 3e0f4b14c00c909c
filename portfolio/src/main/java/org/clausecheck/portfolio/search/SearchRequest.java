package org.clausecheck.portfolio.search;

import org.clausecheck.analyze.finding.Status;

/**
 * A portfolio search: a Lucene query over clause text, filters on findings, or both.
 *
 * @param query  Lucene query syntax (phrases, {@code "source code"~5}, AND/OR/NOT), or null
 * @param rule   only contracts with a finding on this rule, or null
 * @param status only contracts whose finding has this status, or null
 * @param limit  at most this many hits
 * @param inventory filters on the clause inventory and key terms ({@link InventoryFilter#NONE}: none)
 */
public record SearchRequest(String query, String rule, Status status, int limit, InventoryFilter inventory) {

    public SearchRequest(String query, String rule, Status status, int limit) {
        this(query, rule, status, limit, InventoryFilter.NONE);
    }

    public SearchRequest {
        inventory = inventory == null ? InventoryFilter.NONE : inventory;
        query = query == null || query.isBlank() ? null : query.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1: " + limit);
        }
        if (query == null && rule == null && status == null && !inventory.any()) {
            throw new IllegalArgumentException("give a QUERY, a filter (--rule, --status, --category, --expires-before,"
                    + " --expires-after, --governing-law, --renews), or both");
        }
    }

    public boolean hasFilter() {
        return hasFindingFilter() || inventory.any();
    }

    /** Whether contracts are chosen by their findings (one match per finding) rather than by their inventory alone. */
    public boolean hasFindingFilter() {
        return rule != null || status != null;
    }
}
