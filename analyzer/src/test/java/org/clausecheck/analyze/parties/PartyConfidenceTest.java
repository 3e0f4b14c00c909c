package org.clausecheck.analyze.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The confidence of the roles says how much evidence there is, and which kinds agree. */
class PartyConfidenceTest {

    private static final String PREAMBLE = "This Agreement is made between Acme Corp. (\"Client\") and Beta LLC"
            + " (\"Supplier\"). ";

    @Test
    void roleWordsAndBehaviourAgree() {
        PartyResolution r = PartyResolver.resolve(PREAMBLE + "Supplier shall develop the software. Supplier shall"
                + " deliver the source code. Client shall pay the fees.", null);
        assertTrue(r.decided());
        assertEquals(0.95, r.confidence());
        assertTrue(r.reason().contains("role words and behaviour agree"), r.reason());
    }

    @Test
    void roleWordsAlone() {
        PartyResolution r = PartyResolver.resolve(PREAMBLE + "The parties shall meet monthly.", null);
        assertTrue(r.decided());
        assertEquals("Client", r.customer().orElseThrow().aliases().get(0));
        assertEquals(0.8, r.confidence());
        assertTrue(r.reason().contains("role words only"), r.reason());
    }

    @Test
    void oneRoleWordAlone() {
        PartyResolution r = PartyResolver.resolve("This Agreement is made between Acme Corp. (\"Acme\") and Beta LLC"
                + " (\"Supplier\"). The parties shall meet monthly.", null);
        assertEquals("Supplier", r.vendor().orElseThrow().aliases().get(0));
        assertEquals(0.7, r.confidence());
    }

    @Test
    void behaviourAlone() {
        PartyResolution r = PartyResolver.resolve("This Agreement is made between Acme Corp. (\"Acme\") and Beta LLC"
                + " (\"Beta\"). Beta shall develop the software. Beta shall deliver the code. Acme shall pay the fees.",
                null);
        assertTrue(r.decided());
        assertEquals("Acme", r.customer().orElseThrow().aliases().get(0));
        assertTrue(r.confidence() >= 0.55 && r.confidence() <= 0.8, String.valueOf(r.confidence()));
        assertTrue(r.reason().contains("behaviour only"), r.reason());
    }

    @Test
    void aStrongConflictIsUndecided() {
        // The "Supplier" pays and receives the services: the words and the behaviour point opposite ways.
        PartyResolution r = PartyResolver.resolve(PREAMBLE + "Client shall develop the software. Client shall"
                + " deliver the code. Client shall maintain the system. Supplier shall pay the fees. Supplier shall"
                + " pay all invoices.", null);
        assertFalse(r.decided(), r.reason());
        assertEquals(0.0, r.confidence());
        assertTrue(r.reason().startsWith("role words make Beta LLC the vendor but behaviour makes Acme Corp. the"
                + " vendor"), r.reason());
    }

    @Test
    void aMildConflictDecidesWithLowConfidence() {
        PartyResolution r = PartyResolver.resolve(PREAMBLE + "Client shall develop the test data. Client shall"
                + " deliver the test data.", null);
        assertTrue(r.decided(), r.reason());
        assertEquals(0.55, r.confidence());
    }

    @Test
    void confidentialityRolesAreNoPartiesAndTellNothing() {
        String text = "MUTUAL CONFIDENTIALITY TERMS. The Recipient shall keep the information secret. The Recipient"
                + " shall not disclose it. The Disclosing Party may ask for its return. The Recipient shall return it."
                + " The Disclosing Party keeps all rights.";
        PartyResolution r = PartyResolver.resolve(text, null);
        assertFalse(r.decided(), r.reason());
        assertTrue(r.parties().stream().noneMatch(p -> p.name().equals("Recipient")), r.parties().toString());
    }

    @Test
    void userStoriesMakeNoCustomer() {
        String text = "PROJECT BRIEF. Provider shall build the app. As a User, I want to log in. As a User, I want to"
                + " reset my password. As an Owner, I want to see reports. As a User, I want to export data.";
        PartyResolution r = PartyResolver.resolve(text, null);
        assertTrue(r.parties().stream().noneMatch(p -> p.name().equals("User") || p.name().equals("Owner")),
                r.parties().toString());
        assertFalse(r.decided(), r.reason());
    }

    @Test
    void aRecipientNamedInThePreambleLeansNowhere() {
        String text = "This Agreement is made between Acme Corp. (\"Recipient\") and Beta LLC (\"Discloser\"). The"
                + " Recipient shall protect the information.";
        PartyResolution r = PartyResolver.resolve(text, null);
        assertFalse(r.decided() && r.confidence() > 0.6, r.reason());
    }

    @Test
    void anOwnerWordAloneIsWeak() {
        PartyResolution r = PartyResolver.resolve("This Agreement is made between Acme Corp. (\"Owner\") and Beta LLC"
                + " (\"Beta\"). The parties shall meet monthly.", null);
        assertTrue(!r.decided() || r.confidence() <= 0.5, r.confidence() + " " + r.reason());
    }

    @Test
    void vendorDraftedTermsWithPronounsAndBehaviour() {
        PartyResolution r = PartyResolver.resolve("Terms of Service. These terms govern your use of our services. We"
                + " will provide the services to you. You will pay us the fees. We may update the services. You agree"
                + " that we own the platform. We will notify you of changes to our terms.", null);
        assertEquals("we", r.vendor().orElseThrow().name());
        assertEquals(0.95, r.confidence());
    }
}
