package org.clausecheck.analyze.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.Role;
import org.junit.jupiter.api.Test;

class RecommendedLanguageTest {

    private static final String TEMPLATE = "{vendor} hereby assigns to {customer} all rights. {customer}'s data stays"
            + " with {customer}.";

    @Test
    void usesTheContractsOwnDefinedTerms() {
        PartyResolution parties = new PartyResolution(List.of(
                new Party("Cobalt Intelligence Ltd.", List.of("Provider"), Role.VENDOR),
                new Party("Acme Corp.", List.of("Customer"), Role.CUSTOMER)), true, 0.9, "test");

        assertEquals("Provider hereby assigns to Customer all rights. Customer's data stays with Customer.",
                RecommendedLanguage.forParties(TEMPLATE, parties));
    }

    @Test
    void fallsBackToRoleNamesForPronounsAndUndecidedParties() {
        PartyResolution weAndYou = new PartyResolution(List.of(
                new Party("Fjord AI Studio AS", List.of("we", "us"), Role.VENDOR),
                new Party("the client", List.of("you"), Role.CUSTOMER)), true, 0.9, "test");
        PartyResolution undecided = new PartyResolution(List.of(), false, 0.0, "no parties");

        String expected = "The Vendor hereby assigns to the Customer all rights. The Customer's data stays with"
                + " the Customer.";
        assertEquals(expected, RecommendedLanguage.forParties(TEMPLATE, weAndYou));
        assertEquals(expected, RecommendedLanguage.forParties(TEMPLATE, undecided));
        assertEquals(expected, RecommendedLanguage.generic(TEMPLATE));
    }

    @Test
    void reportsUnknownPlaceholders() {
        assertEquals(Set.of("{supplier}"), RecommendedLanguage.unknownPlaceholders("{supplier} shall {vendor}"));
    }
}
