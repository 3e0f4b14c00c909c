package org.clausecheck.portfolio.search;

import org.clausecheck.analyze.finding.Status;

/**
 * A contract whose finding passes the filters, or (without --rule and --status) whose clause inventory does.
 *
 * @param file   the file as named when it was audited
 * @param rule   the rule id, or null when the contract was chosen by its inventory alone
 * @param status its status in that contract, or null likewise
 */
public record ContractMatch(String file, String rule, Status status) {
}
