package org.clausecheck.analyze.inventory;

import java.util.List;

/**
 * The terms a portfolio review asks of every agreement (CUAD's key-term categories); each is null where the
 * contract does not state it.
 */
public record KeyTerms(List<KeyParty> parties, KeyTerm agreementDate, KeyTerm effectiveDate, KeyTerm expirationDate,
                       KeyTerm renewalTerm, KeyTerm noticePeriodToTerminateRenewal, KeyTerm governingLaw) {

    public static final KeyTerms NONE = new KeyTerms(List.of(), null, null, null, null, null, null);

    public KeyTerms {
        parties = List.copyOf(parties);
    }
}
