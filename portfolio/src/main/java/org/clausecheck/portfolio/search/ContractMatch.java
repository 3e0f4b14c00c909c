package org.clausecheck.portfolio.search;

import org.clausecheck.analyze.finding.Status;

/**
 * A contract whose finding passes the filters.
 *
 * @param file   the file as named when it was audited
 * @param rule   the rule id
 * @param status its status in that contract
 */
public record ContractMatch(String file, String rule, Status status) {
}
