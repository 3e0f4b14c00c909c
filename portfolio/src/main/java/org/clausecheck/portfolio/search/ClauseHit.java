package org.clausecheck.portfolio.search;

/**
 * A clause that matches the query.
 *
 * @param file    the file as named when it was audited
 * @param page    1-based page, 0 when the format has none
 * @param section the section number, or ""
 * @param heading the headings above it, or ""
 * @param snippet the best passages, query terms marked with [brackets]
 * @param score   Lucene's relevance score
 */
public record ClauseHit(String file, int page, String section, String heading, String snippet, float score) {
}
