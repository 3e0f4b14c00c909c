package org.clausecheck.portfolio.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param hits      clause hits, best first (empty without a query)
 * @param totalHits how many clauses matched in all
 * @param contracts contracts passing the filters, sorted by file (empty without a filter); without a query at
 *                  most the limit of them
 * @param totalContracts how many contracts pass the filters in all, shown or not
 */
public record SearchResult(List<ClauseHit> hits, long totalHits, List<ContractMatch> contracts, int totalContracts) {

    public SearchResult {
        hits = List.copyOf(hits);
        contracts = List.copyOf(contracts);
    }
}
