package org.clausecheck.inventory.keyterms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clausecheck.inventory.keyterms.DefinedParties.Found;
import org.junit.jupiter.api.Test;

class DefinedPartiesTest {

    @Test
    void namesAPersonAndACompanyByTheShortNamesTheyAreGiven() {
        assertEquals(List.of(new Found("JANE MARLOW", List.of("ATHLETE")), new Found("NORTHWIND SPORTS, LTD.", List.of("NORTHWIND"))),
                DefinedParties.in("This Agreement is entered into on March 3, 2011 between professional runner, "
                        + "JANE MARLOW, (hereinafter referred to as \"ATHLETE\") and NORTHWIND SPORTS, LTD. "
                        + "(hereinafter referred to as \"NORTHWIND\"). WITNESSETH WHEREAS, NORTHWIND desires "
                        + "to obtain the right to use the name of ATHLETE (the \"Name\")."));
    }

    @Test
    void leavesOutDescriptionsAddressesAndTheAgreementItself() {
        assertEquals(List.of(new Found("Harbor Lights Bank", List.of("Bank")), new Found("Quill & Stone, Inc.", List.of("Agent")),
                        new Found("Greyfield Mutual Insurance Company of Ohio", List.of("GMIC"))),
                DefinedParties.in("This Agency Agreement (the \u201CAgreement\u201D) is made by and among Harbor "
                        + "Lights Bank, a Massachusetts savings bank (the \u201CBank\u201D), Quill & Stone, Inc., "
                        + "with offices at 12 Elm Street, Boston, Massachusetts (\u201CAgent\u201D), and Greyfield "
                        + "Mutual Insurance Company of Ohio (\u201CGMIC\u201D and, together with the Bank and Agent, "
                        + "the \u201CParties\u201D)."));
    }

    @Test
    void takesTheFirstOfTwoShortNamesAndSkipsTheCollectiveOne() {
        assertEquals(List.of(new Found("Corvane Health, LLC", List.of("Corvane")), new Found("Brightpath, Inc.", List.of("Company", "Brightpath"))),
                DefinedParties.in("This Strategic Alliance Agreement is entered into by and between Corvane "
                        + "Health, LLC, a Delaware limited liability company (\"Corvane\"), and Brightpath, Inc., a "
                        + "Delaware corporation (\"Company\" or \"Brightpath\") (each a \"Party\" and together "
                        + "the \"Parties\")."));
    }

    @Test
    void findsNoPartyWithoutAListOfParties() {
        assertEquals(List.of(), DefinedParties.in("Supplier shall deliver the goods (the \"Products\") to the "
                + "warehouse (\"Site\")."));
        assertEquals(List.of(), DefinedParties.in("This agreement is between the parties named in the order form "
                + "(the \"Order\") and governs the services (the \"Services\")."));
    }

    @Test
    void findsANameAfterADescriptionOfThePreviousPartyOrInsideOne() {
        assertEquals(List.of(new Found("Lakeside Media", List.of("LM")), new Found("Orbit Leagues", List.of("Talent")),
                        new Found("Vireo, Inc.", List.of("Vireo")), new Found("Tallis Foods Corporation",
                                List.of("Tallis", "Company"))),
                DefinedParties.in("This Sponsorship Agreement (\"Agreement\") is entered into by and between "
                        + "Lakeside Media, a division of Harrow Group (\"LM\") with offices at 300 Pier Road, "
                        + "Detroit, Michigan 48243, for services of Orbit Leagues (\"Talent\"), and its "
                        + "affiliates and Vireo, Inc., (\"Vireo\") (collectively, LM and Vireo are referred to as "
                        + "the \"Sponsors\") and Tallis Foods Corporation with its principal place of business in "
                        + "Denver, Colorado, (collectively, \"Tallis\" or the \"Company\"). RECITALS"));
    }

    @Test
    void readsOnlyTheSentenceThatListsTheParties() {
        assertEquals(List.of(new Found("Orbital Health Systems, Inc.", List.of("Customer")),
                        new Found("Meridian Software Partners Pvt. Ltd.", List.of("Supplier"))),
                DefinedParties.in("This Master Services Agreement (the \"Agreement\") is made as of April 1, 2026 "
                        + "between Orbital Health Systems, Inc., a Delaware corporation (the \"Customer\"), and "
                        + "Meridian Software Partners Pvt. Ltd., a company incorporated in India (the \"Supplier\"). "
                        + "The Supplier shall develop the software set out in Exhibit A (the \"Services\") for the "
                        + "Customer (the \"Client\").\n\n1. All code created for the Customer (the \"Work\") "
                        + "vests in the Customer."));
    }
}
