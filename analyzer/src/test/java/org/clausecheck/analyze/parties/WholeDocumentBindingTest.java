package org.clausecheck.analyze.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parties bound from the whole document, and the mentions read as role tokens accordingly. The texts are written
 * for these tests from general drafting practice.
 */
class WholeDocumentBindingTest {

    /** The role the analysis reads for every place {@code written} stands in the text. */
    private static List<Role> rolesOf(String text, PartyResolution parties, String written) {
        return RoleNormalizer.mentions(text, parties).stream()
                .filter(m -> text.substring(m.start(), m.end()).equals(written)
                        || text.substring(m.start(), m.end()).equals(written + "'s"))
                .map(RoleMention::role)
                .toList();
    }

    private static long uses(String text, String word) {
        return java.util.regex.Pattern.compile("\\b" + word + "\\b").matcher(text).results().count();
    }

    @Test
    void aShortNameInTheBodyIsTheParty() {
        String text = "This Development Agreement is made between Acme Corporation (\"Client\") and Beta Labs LLC"
                + " (\"Supplier\"). Supplier shall develop the software. Client shall pay the fees.\n\n"
                + "7. Ownership. Acme owns all deliverables. Beta Labs shall assign all work product to Acme.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertEquals(List.of(Role.CUSTOMER, Role.CUSTOMER), rolesOf(text, parties, "Acme"));
        assertEquals(List.of(Role.VENDOR), rolesOf(text, parties, "Beta Labs"));
    }

    @Test
    void theFirstWordOfANameDefinedByARoleWordOnly() {
        String text = "This Agreement is made between Kestrel Payments Group Ltd (\"Customer\") and Andes Code S.A.S."
                + " (\"Provider\"). Provider shall develop the software. Customer shall pay the fees. All code belongs"
                + " to Kestrel. Provider shall deliver the code to Kestrel.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertEquals(List.of(Role.CUSTOMER, Role.CUSTOMER), rolesOf(text, parties, "Kestrel"));
    }

    @Test
    void aPlainFirstWordTheContractDefinesStaysAWord() {
        String text = "This Agreement is made between Document Vault Systems Inc. (\"DVS\") and Ledger Bank plc"
                + " (\"Client\"). DVS shall host the archive. Client shall pay the fees. \"Document\" means any"
                + " record the Client stores.\n\nDocument retention."
                + " DVS shall keep each Document for seven years and index every Document. Destroying a Document"
                + " needs consent.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertTrue(rolesOf(text, parties, "Document").isEmpty());
        assertEquals(uses(text, "DVS"), rolesOf(text, parties, "DVS").size());
    }

    @Test
    void aSurnameForAPerson() {
        String text = "CONSULTING AGREEMENT between Orchard Labs, Inc. (\"Company\") and Morgan Hale (\"Consultant\")."
                + " Consultant shall advise the Company. The Company shall pay Consultant. The Company shall reimburse"
                + " Hale for travel. Notices to Hale go to the address on file.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertEquals(List.of(Role.VENDOR, Role.VENDOR), rolesOf(text, parties, "Hale"));
    }

    @Test
    void anAcronymTheBodyUses() {
        String text = "Services agreement between Northern Transit Authority (\"Client\") and Granite Cloud Systems"
                + " Inc. (\"Supplier\"). Supplier shall host the platform. Client shall pay the fees. NTA may audit"
                + " the platform. NTA shall own all data.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertEquals(List.of(Role.CUSTOMER, Role.CUSTOMER), rolesOf(text, parties, "NTA"));
    }

    @Test
    void aDefinitionsSectionNamesTheParty() {
        String text = "SOFTWARE SERVICES AGREEMENT\n\n1. Definitions.\n1.1 \"Supplier\" means Beta Labs LLC, a"
                + " Delaware company.\n1.2 \"Customer\" means Acme Holdings plc.\n1.3 \"Deliverables\" means the"
                + " software.\n\n2. Services. Supplier shall develop the Deliverables. Customer shall pay the fees."
                + " Supplier shall deliver the source code.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertTrue(parties.decided(), parties.reason());
        assertEquals("Acme Holdings plc", parties.customer().orElseThrow().name());
        assertEquals("Beta Labs LLC", parties.vendor().orElseThrow().name());
    }

    @Test
    void aSignatureBlockFillsATemplatesNames() {
        String text = "This Agreement is between the customer named below (\"Customer\") and the provider named"
                + " below (\"Provider\"). Provider shall provide the services. Customer shall pay the fees.\n\n"
                + "CUSTOMER: HELIOS RETAIL GROUP PLC\nBy: ________\nName: ________\n\n"
                + "PROVIDER: KITE ANALYTICS GMBH\nBy: ________\nName: ________";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertEquals("HELIOS RETAIL GROUP PLC", parties.customer().orElseThrow().name());
        assertEquals("KITE ANALYTICS GMBH", parties.vendor().orElseThrow().name());
    }

    @Test
    void hereinafterInTheBody() {
        String text = "SERVICES AGREEMENT\n\nThe parties to this agreement are set out below.\n\nSchedule 1. Parties."
                + " Quarry Road Software Ltd, a company registered in Scotland (hereinafter referred to as the"
                + " \"Contractor\") and Elm Street Bank plc (hereinafter called the \"Client\"). The Contractor shall"
                + " perform the services. The Client shall pay the fees.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertTrue(parties.decided(), parties.reason());
        assertEquals("Client", parties.customer().orElseThrow().aliases().get(0));
    }

    @Test
    void theCompanyThroughoutWhereThePreambleDefinedEmployer() {
        String text = "SERVICE AGREEMENT between Kestrel Fabrics Limited (the \"Employer\") and Morgan Hale (the"
                + " \"Executive\").\n\n1. The Executive shall perform the duties the Company assigns. The Company"
                + " shall pay the Executive a salary. 2. All inventions the Executive makes shall vest in the Company."
                + " 3. The Executive hereby assigns to the Company all rights in them.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertEquals("Kestrel Fabrics Limited", parties.customer().orElseThrow().name());
        assertEquals(List.of("Company"), parties.customer().orElseThrow().otherForms());
        assertTrue(rolesOf(text, parties, "Company").stream().allMatch(r -> r == Role.CUSTOMER));
        assertEquals(uses(text, "Company"), rolesOf(text, parties, "Company").size());
    }

    @Test
    void theCompanyFarMoreOftenThanTheNameAndTheDefinedTerm() {
        // The name stands on the cover, in the parties clause and in the signature block, "Employer" once: the
        // body still says "the Company" far more often than either.
        String text = "KESTREL FABRICS LIMITED and MORGAN HALE\n\nSERVICE AGREEMENT\n\nPARTIES\n(1) Kestrel Fabrics Limited,"
                + " a company registered in England (the \"Employer\"); and\n(2) Morgan Hale (the \"Executive\").\n\n"
                + "1. The Executive shall perform the duties the Company assigns. 2. The Company shall pay the Executive."
                + " 3. The Company may direct the Executive. 4. The Company shall provide a car. 5. The Company may end"
                + " the employment. 6. The Company shall reimburse expenses. 7. The Company may second the Executive."
                + " 8. The Company shall insure the Executive. 9. The Company may vary the hours. 10. The Company shall"
                + " provide a phone. 11. The Company may require training. 12. The Company shall give notice. 13. To the"
                + " extent that any invention does not vest in the Company the Executive hereby assigns it to the Company."
                + "\n\nSigned for and on behalf of Kestrel Fabrics Limited\nSigned by Morgan Hale";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertEquals("Kestrel Fabrics Limited", parties.customer().orElseThrow().name());
        assertEquals(List.of("Company"), parties.customer().orElseThrow().otherForms());
    }

    @Test
    void aDefinedTermTheBodyUsesKeepsTheBodyRoleWordOut() {
        // "Company" names the employer's group here; the employer's term is used throughout, so it stays unbound.
        String text = "SERVICE AGREEMENT between Kestrel Fabrics Limited (the \"Employer\") and Morgan Hale (the"
                + " \"Executive\"). The Employer shall pay the Executive. The Employer may direct the Executive. The"
                + " Employer shall provide a car. The Employer may end the employment. Each Group Company and any"
                + " Company of the group may benefit. The Company secretary keeps the register. Company law applies.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertTrue(parties.customer().orElseThrow().otherForms().isEmpty(), parties.customer().toString());
    }

    @Test
    void weAndUsDefinedInThePreambleAlsoCapitalised() {
        String text = "These Terms are between Nordlys AI AS (\"Nordlys\", \"we\" or \"us\") and the customer named in"
                + " the order form (\"Customer\"). We will build the model. Customer shall pay our fees. We retain"
                + " ownership of the model and our tools.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertEquals("Nordlys AI AS", parties.vendor().orElseThrow().name());
        assertEquals(List.of(Role.VENDOR, Role.VENDOR), rolesOf(text, parties, "We"));
        assertEquals(List.of(Role.VENDOR, Role.VENDOR), rolesOf(text, parties, "our"));
    }

    @Test
    void youTheCustomer() {
        String text = "These Terms are entered into by Nordlys AI AS (\"Nordlys\") and the customer (\"Customer\")."
                + " In these Terms, you, the Customer, accept the following. Nordlys shall build the model for you."
                + " You shall pay the fees. Your data stays yours. Nordlys retains the model. You may not copy it."
                + " You shall keep your password secret.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertEquals("Customer", parties.customer().orElseThrow().name());
        assertTrue(rolesOf(text, parties, "You").stream().allMatch(r -> r == Role.CUSTOMER));
        assertEquals(List.of(Role.CUSTOMER), rolesOf(text, parties, "Your"));
    }

    @Test
    void betweenYouAndTheDrafter() {
        String text = "These Terms of Service are an agreement between you and Lanternfish Labs Inc. (\"Lanternfish\")."
                + " We provide the platform. You pay us the subscription fees. We own the platform and all"
                + " improvements. You grant us a licence to your content. We may suspend you. You may cancel."
                + " We will notify you.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertTrue(parties.decided(), parties.reason());
        assertEquals("Lanternfish Labs Inc.", parties.vendor().orElseThrow().name());
        assertEquals(uses(text, "We"), rolesOf(text, parties, "We").size());
        assertTrue(rolesOf(text, parties, "We").stream().allMatch(r -> r == Role.VENDOR));
        assertTrue(rolesOf(text, parties, "You").stream().allMatch(r -> r == Role.CUSTOMER));
    }

    @Test
    void namesWithoutAPreamble() {
        String text = "MAINTENANCE SCHEDULE\n\nThis schedule provides for continued service. Maintenance provided by"
                + " Quillon will include upgrades. Riverbank Credit Union agrees to pay fees of $40 per month."
                + " Quillon will provide support from 9 a.m. to 5 p.m. Riverbank Credit Union may renew the"
                + " maintenance. THIS SCHEDULE IS GOVERNED BY THE MASTER AGREEMENT BETWEEN QUILLON AND RIVERBANK"
                + " CREDIT UNION.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        assertTrue(parties.decided(), parties.reason());
        assertEquals("Riverbank Credit Union", parties.customer().orElseThrow().name());
        assertEquals("Quillon", parties.vendor().orElseThrow().name());
    }

    @Test
    void aFormTwoPartiesShareNamesNeither() {
        String text = "Agreement between Federal Harbour Advisers Company (\"Adviser\") and Federal Harbour Services"
                + " Company (\"FHS\"). FHS shall provide the services to Adviser. Federal Harbour staff attend."
                + " Federal Harbour is a group name.";
        PartyResolution parties = PartyResolver.resolve(text, null);
        for (Party party : parties.parties()) {
            assertFalse(party.otherForms().contains("Federal"), party.toString());
            assertFalse(party.otherForms().contains("Federal Harbour"), party.toString());
        }
    }
}
