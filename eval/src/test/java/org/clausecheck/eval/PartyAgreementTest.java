package org.clausecheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.Role;
import org.junit.jupiter.api.Test;

class PartyAgreementTest {

    private static final PartyAgreement.Side CLIENT = PartyAgreement.Side.parse("Client / Buyer (Acme Holdings, Inc.)");
    private static final PartyAgreement.Side SUPPLIER = PartyAgreement.Side.parse("Supplier (Beta Labs LLC)");

    private static PartyResolution decided(Party customer, Party vendor) {
        return new PartyResolution(List.of(customer.withRole(Role.CUSTOMER), vendor.withRole(Role.VENDOR)), true, 0.9,
                "test");
    }

    @Test
    void labelCellsSplitIntoTermsAndNames() {
        assertEquals(List.of("Client", "Buyer"), CLIENT.terms());
        assertEquals(List.of("Acme Holdings, Inc."), CLIENT.names());
        PartyAgreement.Side two = PartyAgreement.Side.parse("EHS and EHN (Alpha Sciences Inc.; Alpha Nutrition Inc.)");
        assertEquals(List.of("EHS", "EHN"), two.terms());
        assertEquals(2, two.names().size());
        assertEquals(List.of("Owner"), PartyAgreement.Side.parse("Owner").terms());
    }

    @Test
    void rightSwappedWrongAndUndecided() {
        Party acme = new Party("ACME HOLDINGS, INC.", List.of("Acme"), Role.UNKNOWN);
        Party beta = new Party("Beta Labs, L.L.C.", List.of("Beta"), Role.UNKNOWN);
        Party bank = new Party("Gamma Bank", List.of("Lender"), Role.UNKNOWN);
        assertEquals(PartyAgreement.Verdict.RIGHT, PartyAgreement.judge(CLIENT, SUPPLIER, decided(acme, beta)));
        assertEquals(PartyAgreement.Verdict.SWAPPED, PartyAgreement.judge(CLIENT, SUPPLIER, decided(beta, acme)));
        assertEquals(PartyAgreement.Verdict.WRONG, PartyAgreement.judge(CLIENT, SUPPLIER, decided(bank, beta)));
        // A customer known only by a role word the label does not use is right when the vendor is.
        assertEquals(PartyAgreement.Verdict.RIGHT, PartyAgreement.judge(CLIENT, SUPPLIER,
                decided(new Party("Licensee", List.of("Licensee"), Role.UNKNOWN), beta)));
        assertEquals(PartyAgreement.Verdict.UNDECIDED, PartyAgreement.judge(CLIENT, SUPPLIER,
                new PartyResolution(List.of(acme, beta), false, 0, "test")));
        assertEquals(PartyAgreement.Verdict.UNLABELLED, PartyAgreement.judge(PartyAgreement.Side.parse(""), SUPPLIER,
                decided(acme, beta)));
    }

    @Test
    void aRoleWordAloneMatchesTheLabelledTerm() {
        Party customer = new Party("Customer", List.of("Customer"), Role.UNKNOWN);
        Party vendor = new Party("Beta Labs LLC", List.of("Supplier"), Role.UNKNOWN);
        PartyAgreement.Side customerSide = PartyAgreement.Side.parse("Customer (Delta Freight Ltd)");
        assertEquals(PartyAgreement.Verdict.RIGHT, PartyAgreement.judge(customerSide, SUPPLIER, decided(customer, vendor)));
        assertEquals(PartyAgreement.Verdict.SWAPPED, PartyAgreement.judge(customerSide, SUPPLIER, decided(vendor, customer)));
    }
}
