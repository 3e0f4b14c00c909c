package org.clausecheck.analyze.inventory;

import java.util.Objects;

/**
 * One key term as the contract states it.
 *
 * @param value     an ISO date ({@code yyyy-mm-dd}) where the contract states a date; otherwise the term in short
 *                  ("Delaware", "successive 1 year terms", "5 years after the Effective Date")
 * @param asWritten the words of the contract the value was read from
 * @param citation  the sentence that states it
 */
public record KeyTerm(String value, String asWritten, Citation citation) {

    public KeyTerm {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(citation, "citation");
    }
}
