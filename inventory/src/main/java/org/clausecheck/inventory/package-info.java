/**
 * The clause inventory and key terms: {@code ClauseInventoryReader} reads, per document, which of CUAD's 33 yes/no
 * categories it contains and its key terms, from what the analyzer has already read.
 */
package org.clausecheck.inventory;
