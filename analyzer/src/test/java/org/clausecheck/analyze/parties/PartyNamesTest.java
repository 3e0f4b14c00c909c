package org.clausecheck.analyze.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a party name looks like, and what is cut from the words before a defined term. */
class PartyNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Acme Corp.", "BETA LABS LIMITED", "Bank of Northern Ireland", "Jane Q. Roe",
        "Helios Retail Group plc", "Talleres Unidos S.A. de C.V.", "Pieter van der Berg", "Sphere 9 Robotics Inc.",
        "O'Neill & Partners LLP", "Kite Analytics GmbH", "Nordlys AI AS"})
    void namesLookLikeNames(String name) {
        assertTrue(PartyNames.looksLikeName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Customer Legal Name]", "{customer_name}", "<<Client Name>>", "________",
        "WHEREAS", "Recitals", "MOU", "PARTIES", "the services described below", "Acme Corp. shall deliver the code",
        "Exhibit 10.4", "Schedule B", "Terms of Engagement", "California Consumer Privacy Act", "User Activity; ii) If",
        "Online Messages received by customers", "Base Terms and", "Name:", "Data Protection Regulation"})
    void othersDoNot(String text) {
        assertFalse(PartyNames.looksLikeName(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PARTIES (1) Kestrel Fabrics Limited is a company registered in England | Kestrel Fabrics Limited",
        "CONSULTING AGREEMENT Orchard Labs, Inc. | Orchard Labs, Inc.",
        "Morgan Hale of [address withheld] | Morgan Hale",
        "NORDWIND B.V having an address at Kade 12 | NORDWIND B.V",
        "the Quarry Road Partnership | Quarry Road Partnership",
        "[Supplier Legal Name] | ''",
        "{{provider.name}} | ''",
        "Riverside Data Ltd together with its Affiliates | Riverside Data Ltd",
        "WHEREAS | ''",
    })
    void cleaningKeepsTheName(String candidate, String name) {
        assertEquals(name, PartyNames.clean(candidate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"California Consumer Privacy Act", "Mutual Non-Disclosure Agreement", "Cover Page",
        "General Data Protection Regulation", "Order Form"})
    void lawsAndDocumentsAreThings(String name) {
        assertTrue(PartyNames.isThing(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Corp.", "Meridian Software Partners", "Kestrel Payments Ltd"})
    void companiesAreNotThings(String name) {
        assertFalse(PartyNames.isThing(name), name);
    }
}
