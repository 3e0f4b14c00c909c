package org.clausecheck.analyze.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Preambles of many shapes, written for these tests from general drafting practice. */
class PreambleShapesTest {

    private static List<String> names(String text) {
        return PreambleReader.read(text).stream().map(Party::name).toList();
    }

    @Test
    void numberedPartiesWithRegisteredOffices() {
        String text = "THIS AGREEMENT is dated 3 March 2025.\n\nPARTIES\n\n(1) KESTREL FABRICS LIMITED a company"
                + " incorporated in England and Wales (company number 01234567) whose registered office is at 4 Mill"
                + " Lane, Leeds, LS1 4AB, United Kingdom (the \"Company\"); and\n\n(2) MORGAN HALE of [address"
                + " withheld] (the \"Consultant\").\n\nAGREED TERMS\n\n1. The Consultant shall provide the Services.";
        assertEquals(List.of("KESTREL FABRICS LIMITED", "MORGAN HALE"), names(text));
    }

    @Test
    void anAndInsideANameInCapitals() {
        String text = "This Agreement is made by and between NORTHERN GAS AND POWER CORPORATION (\"Company\") and"
                + " LEDGER SERVICES COMPANY, INC. (\"Ledger\").";
        assertEquals(List.of("NORTHERN GAS AND POWER CORPORATION", "LEDGER SERVICES COMPANY, INC."), names(text));
    }

    @Test
    void aBrandWrittenWithALowerCaseFirstLetter() {
        String text = "This Sponsorship Agreement is entered into by and between Northwind Media, a division of Example"
                + " Holdings (\"NWM\") with offices at 300 Main Street, Detroit, Michigan 48243 and eVillage, Inc.,"
                + " (\"eVillage\") with offices at 170 Fifth Avenue, New York.";
        assertEquals(List.of("Northwind Media", "eVillage, Inc."), names(text));
        assertFalse(PartyNames.looksLikeName("village green"));
        assertFalse(PartyNames.looksLikeName("e"));
    }

    @Test
    void anAsideAndADescriptionAfterTheName() {
        String text = "This Operation Agreement is entered into by and between HARBOUR TANKS HOLDINGS, L.P. (f/k/a"
                + " Harbour Tanks, LLC), a Delaware limited partnership (\"Owner\"), and PIER SERVICES, LLC, a Delaware"
                + " limited liability company (\"Pier\" or \"Operator\").";
        List<Party> parties = PreambleReader.read(text);
        assertEquals(List.of("HARBOUR TANKS HOLDINGS, L.P.", "PIER SERVICES, LLC"), parties.stream().map(Party::name).toList());
        assertEquals(List.of("Pier", "Operator"), parties.get(1).aliases());
    }

    @Test
    void anAddressBetweenTheNameAndItsTerm() {
        String text = "This Master Services Agreement is by and between Lumio Inc., with offices located at 12 Harbor"
                + " Street, Boston, MA 02110 (\"Lumio\") and The Daily Ledger, a not-for-profit corporation with its"
                + " principal place of business at 9 Elm Road, Portland, OR 97201 (the \"Customer\").";
        assertEquals(List.of("Lumio Inc.", "Daily Ledger"), names(text));
    }

    @Test
    void aTitleAboveTheFirstName() {
        String text = "CONSULTING AGREEMENT\n\nOrchard Labs, Inc., with a place of business at 1 Grove Way, Austin"
                + " (\"Orchard\") and NORDWIND B.V having an address at Kade 12, Rotterdam, represented by Pieter"
                + " van der Berg, (\"Consultant\") agree to the terms of this Consulting Agreement.";
        assertEquals(List.of("Orchard Labs, Inc.", "NORDWIND B.V"), names(text));
    }

    @Test
    void aPartyIntroducedInTheMiddleOfASentence() {
        String text = "These terms govern the data labelling work that Nordlys AI AS (\"we\", \"us\" or \"our\")"
                + " performs for the client named in the order (\"you\").";
        List<Party> parties = PreambleReader.read(text);
        assertEquals("Nordlys AI AS", parties.get(0).name());
        assertEquals("you", parties.get(1).name());
    }

    @Test
    void anUnfilledTemplateSlotLeavesTheRoleWord() {
        String text = "This Software Development Agreement is entered into between [Customer Legal Name], a [STATE]"
                + " [ENTITY TYPE] (\"Customer\"), and {provider_name} (\"Provider\").";
        assertEquals(List.of("Customer", "Provider"), names(text));
    }

    @Test
    void aGarbledTemplateLineDefinesNoParty() {
        String text = "This Data Processing Addendum is between Customer (\"Customer\") and Provider (\"Provider\")."
                + "\n\nPrivacy Laws\n\n[ drafting note: tick the box if the law applies. ]\n[ ] To the extent the"
                + " Consumer Data Protection Act, Sec. 12.3 et seq (\"CDPA\") applies, Provider acts as a processor.";
        assertEquals(List.of("Customer", "Provider"), names(text));
    }

    @Test
    void documentsAndHeadingsAreNoParties() {
        String text = "This Memorandum of Understanding (the \"MOU\") is made between Quill Media Ltd (\"Quill\") and"
                + " Sable Print plc (\"Sable\"). WHEREAS the parties wish to cooperate (the \"Project\").";
        assertEquals(List.of("Quill Media Ltd", "Sable Print plc"), names(text));
    }

    @Test
    void aConfidentialityRoleWithoutANameIsNoParty() {
        String text = "This Agreement is between Acme Corp. (\"Client\") and Beta LLC (\"Supplier\"). The party"
                + " disclosing information (the \"Discloser\") and the party receiving it (the \"Recipient\") shall"
                + " keep it secret.";
        assertEquals(List.of("Acme Corp.", "Beta LLC"), names(text));
    }

    @Test
    void aThingOfAPartyIsNotAnotherParty() {
        String text = "This Agreement is between Acme Corp. (\"Customer\") and Beta LLC (\"Provider\"). A payment"
                + " returned to Customer (\"Returned Payment\") is charged back.";
        assertEquals(2, names(text).size(), names(text).toString());
        assertFalse(names(text).contains("Customer"));
    }

    @Test
    void aSignatoryIsNotTheParty() {
        String text = "Agreement between Orchard Labs, Inc. (\"Orchard\") and NORDWIND B.V, represented by its"
                + " director Pieter van der Berg (\"Consultant\").";
        assertTrue(names(text).contains("NORDWIND B.V"), names(text).toString());
    }
}
