package org.clausecheck.portfolio.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param hits      clause hits, best first (empty without a query)
 * @param totalHits how many clauses matched in all
 * @param contracts the findings passing the filters, sorted by file then rule (empty without a filter): one per
 *                  contract with --rule, possibly several without; without a query those of at most the limit of
 *                  contracts
 * @param totalContracts how many contracts (files, not findings) pass the filters in all, shown or not
 * @param totalFindings  how many findings pass the filters in all, shown or not
 */
public record SearchResult(List<ClauseHit> hits, long totalHits, List<ContractMatch> contracts, int totalContracts,
                           int totalFindings) {

    public SearchResult {
        hits = List.copyOf(hits);
        contracts = List.copyOf(contracts);
    }

    /** How many contracts {@link #contracts} lists: files, not findings. */
    public long shownContracts() {
        return contracts.stream().map(ContractMatch::file).distinct().count();
    }
}
