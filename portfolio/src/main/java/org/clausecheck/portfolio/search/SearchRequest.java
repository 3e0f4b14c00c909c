package org.clausecheck.portfolio.search;

import org.clausecheck.analyze.finding.Status;

/**
 * A portfolio search: a Lucene query over clause text, filters on findings, or both.
 *
 * @param query  Lucene query syntax (phrases, {@code "source code"~5}, AND/OR/NOT), or null
 * @param rule   only contracts with a finding on this rule, or null
 * @param status only contracts whose finding has this status, or null
 * @param limit  at most this many hits
 */
public record SearchRequest(String query, String rule, Status status, int limit) {

    public SearchRequest {
        query = query == null || query.isBlank() ? null : query.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1: " + limit);
        }
        if (query == null && rule == null && status == null) {
            throw new IllegalArgumentException("give a QUERY, a filter (--rule, --status), or both");
        }
    }

    public boolean hasFilter() {
        return rule != null || status != null;
    }
}
