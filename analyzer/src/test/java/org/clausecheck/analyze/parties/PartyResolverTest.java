package org.clausecheck.analyze.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Role resolution on preambles of many shapes. */
class PartyResolverTest {

    private static String customer(PartyResolution resolution) {
        return resolution.customer().orElseThrow().aliases().get(0);
    }

    private static String vendor(PartyResolution resolution) {
        return resolution.vendor().orElseThrow().aliases().get(0);
    }

    @Test
    void roleWordsInParentheticals() {
        PartyResolution r = PartyResolver.resolve("This Agreement is made between Acme Corp., a Delaware corporation "
                + "(\"Client\"), and Beta Labs LLC (\"Supplier\"). Supplier shall perform the Services.", null);
        assertTrue(r.decided(), r.reason());
        assertEquals("Client", customer(r));
        assertEquals("Supplier", vendor(r));
        assertTrue(r.customer().orElseThrow().name().startsWith("Acme Corp"));
    }

    @Test
    void twoTypographicSingleQuotesOpenADefinedTerm() {
        PartyResolution r = PartyResolver.resolve("SERVICE AGREEMENT BETWEEN: (1) ACME LIMITED, a company incorporated "
                + "in England (the \u201CCompany\u201D); and (2) JOHN SMITH of London (the \u2018\u2018Consultant\u201D). "
                + "The Consultant shall perform the Services. The Company shall pay the fees.", null);
        assertTrue(r.decided(), r.reason());
        assertEquals("Company", customer(r));
        assertEquals("Consultant", vendor(r));
    }

    @Test
    void behaviourDecidesWhenRoleWordsMislead() {
        // "Company" is either side; the one that shall pay is the customer, the one that performs the vendor.
        String text = "This Agreement is entered into by Gamma Inc. (the \"Company\") and Delta GmbH "
                + "(hereinafter referred to as \"Delta\"). Delta shall perform the development services. "
                + "Delta shall deliver the software. The Company shall pay Delta the fees. "
                + "The Company shall pay all invoices within 30 days. Fees are payable to Delta monthly.";
        PartyResolution r = PartyResolver.resolve(text, null);
        assertTrue(r.decided(), r.reason());
        assertEquals("Company", customer(r));
        assertEquals("Delta", vendor(r));
        assertTrue(r.reason().contains("performs"), r.reason());
    }

    @Test
    void companyAsTheVendor() {
        String text = "This Hosting Agreement is between Omega LLC (\"Company\") and Sigma Ltd. (\"Customer\"). "
                + "Company shall provide the hosting services. Customer shall pay the fees to Company.";
        PartyResolution r = PartyResolver.resolve(text, null);
        assertEquals("Customer", customer(r));
        assertEquals("Company", vendor(r));
    }

    @Test
    void curlyQuotesAndHereinafter() {
        String text = "AGREEMENT between Kappa S.A. hereinafter \u201CKappa\u201D and Lambda Corp. (the \u201CConsultant\u201D). "
                + "The Consultant shall render the services to Kappa.";
        PartyResolution r = PartyResolver.resolve(text, null);
        assertTrue(r.decided(), r.reason());
        assertEquals("Consultant", vendor(r));
        assertEquals("Kappa", customer(r));
    }

    @Test
    void vendorDraftedTermsWithWeAndYou() {
        String text = "Terms of Service. These terms govern your use of our services. We will provide the services "
                + "to you. You will pay us the fees. We may update the services. You agree that we own the platform. "
                + "If you breach these terms we may suspend you. We will notify you of changes to our terms.";
        PartyResolution r = PartyResolver.resolve(text, null);
        assertTrue(r.decided(), r.reason());
        assertEquals("we", r.vendor().orElseThrow().name());
        assertEquals("you", r.customer().orElseThrow().name());
    }

    @Test
    void userOverrideWins() {
        String text = "This Agreement is between Acme Corp. (\"Client\") and Beta Labs LLC (\"Supplier\").";
        PartyResolution r = PartyResolver.resolve(text, "Beta Labs");
        assertEquals("Supplier", customer(r));
        assertEquals(1.0, r.confidence());
        assertTrue(r.reason().contains("given by the user"));
    }

    @Test
    void undecidableIsSaidSo() {
        String text = "This Agreement is between Acme Corp. (\"Acme\") and Beta Labs LLC (\"Beta\"). "
                + "The parties shall cooperate.";
        PartyResolution r = PartyResolver.resolve(text, null);
        assertFalse(r.decided());
        assertTrue(r.reason().startsWith("no behaviour or role word"), r.reason());
    }

    @Test
    void definedThingsAreNotParties() {
        String text = "This Agreement (the \"Agreement\") dated the \"Effective Date\" is between Acme Corp. "
                + "(\"Client\") and Beta LLC (\"Supplier\") for the hosting services (\"Hosting Services\").";
        assertEquals(2, PreambleReader.read(text).size(), PreambleReader.read(text).toString());
    }

    @Test
    void theTermsThemselvesAreNotAParty() {
        String text = "These AI Platform Services Terms (the \u201cTerms\u201d) are entered into by Cobalt Intelligence"
                + " Ltd. (\u201cProvider\u201d) and the customer identified in the Order Form (\u201cCustomer\u201d).";
        assertEquals(List.of("Provider", "Customer"),
                PreambleReader.read(text).stream().map(party -> party.aliases().get(0)).toList());
    }

    @Test
    void roleWordsStandInWithoutAPreamble() {
        String text = "SERVICE AGREEMENT. The Employee shall perform the duties. The Company shall pay the Employee. "
                + "The Employee shall devote full time. The Company may terminate. The Employee shall not compete. "
                + "The Company shall provide a car.";
        PartyResolution r = PartyResolver.resolve(text, null);
        assertTrue(r.decided(), r.reason());
        assertEquals("Company", customer(r));
        assertEquals("Employee", vendor(r));
    }

    @Test
    void mentionsCoverPossessivesAndCapitals() {
        String text = "This Agreement is between Acme Corp. (\"Client\") and Beta LLC (\"Supplier\"). "
                + "SUPPLIER shall grant access to Client's systems.";
        PartyResolution r = PartyResolver.resolve(text, null);
        var mentions = RoleNormalizer.mentions(text, r);
        assertTrue(mentions.stream().anyMatch(m -> text.substring(m.start(), m.end()).equals("SUPPLIER")
                && m.role() == Role.VENDOR));
        assertTrue(mentions.stream().anyMatch(m -> text.substring(m.start(), m.end()).equals("Client's")
                && m.role() == Role.CUSTOMER));
    }
}
