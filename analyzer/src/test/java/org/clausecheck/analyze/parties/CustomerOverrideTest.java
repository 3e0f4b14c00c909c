package org.clausecheck.analyze.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer the user names: any name or role word that occurs in the text, else an error. */
class CustomerOverrideTest {

    private static final String TEXT = "This Development Agreement is made between Acme Corporation, a Delaware"
            + " corporation (\"Client\"), and Beta Labs LLC (\"Supplier\"). Supplier shall develop the software."
            + " Client shall pay the fees. Acme's affiliate Gamma Retail Group may use the software.";

    @Test
    void aPartyByNameShortNameOrTermInAnyCase() {
        for (String given : List.of("Beta Labs LLC", "Beta Labs", "beta labs", "Supplier", "SUPPLIER")) {
            PartyResolution r = PartyResolver.resolve(TEXT, given);
            assertEquals("Beta Labs LLC", r.customer().orElseThrow().name(), given);
            assertEquals("Acme Corporation", r.vendor().orElseThrow().name(), given);
            assertEquals(1.0, r.confidence());
            assertEquals("customer given by the user as \"" + given + "\"", r.reason());
        }
    }

    @Test
    void aWordOfTwoNamesTakesTheMostNamedAndSaysSo() {
        String text = "Agreement between Federal Harbour Advisers Company (\"Adviser\") and Federal Harbour Services"
                + " Company (\"FHS\"). FHS shall provide the services to Adviser. FHS shall invoice monthly. FHS"
                + " shall keep records.";
        PartyResolution r = PartyResolver.resolve(text, "Federal Harbour");
        assertEquals("Federal Harbour Services Company", r.customer().orElseThrow().name());
        assertTrue(r.reason().endsWith("which also names Federal Harbour Advisers Company (\"Adviser\"); the most named"
                + " was taken"), r.reason());
        assertEquals("Federal Harbour Advisers Company", PartyResolver.resolve(text, "adviser").customer().orElseThrow().name());
    }

    @Test
    void aCorporateSuffixAloneNamesNoParty() {
        CustomerNotFoundException error = assertThrows(CustomerNotFoundException.class,
                () -> PartyResolver.resolve(TEXT, "Corp"));
        assertEquals("Corp", error.customer());
    }

    @Test
    void aNameTheTextUsesThoughThePreambleDoesNot() {
        PartyResolution r = PartyResolver.resolve(TEXT, "gamma retail group");
        assertTrue(r.decided());
        Party customer = r.customer().orElseThrow();
        assertEquals("Gamma Retail Group", customer.name());
        assertEquals(List.of("Gamma Retail Group"), customer.otherForms());
        // The automatic decision's vendor stays the vendor.
        assertEquals("Beta Labs LLC", r.vendor().orElseThrow().name());
        assertTrue(r.reason().contains("not among the parties read from the preamble"), r.reason());
        List<RoleMention> mentions = RoleNormalizer.mentions(TEXT, r);
        assertTrue(mentions.stream().anyMatch(m -> TEXT.substring(m.start(), m.end()).equals("Gamma Retail Group")
                && m.role() == Role.CUSTOMER), mentions.toString());
    }

    @Test
    void aNameLinkedByADefinitionBringsItsTerm() {
        // The preamble names the parties in a way the reader does not take; the definition ties the name to "Buyer".
        String text = "Order No. 7. Supplier: Beta Labs LLC (\"Supplier\"). Delivery to Kite Freight Ltd (the"
                + " \"Buyer\") at its depot. Supplier shall deliver the goods. Buyer shall pay within 30 days.";
        PartyResolution r = PartyResolver.resolve(text, "Kite Freight");
        Party customer = r.customer().orElseThrow();
        assertTrue(customer.aliases().contains("Buyer") || customer.isNamed("Buyer"), customer.toString());
        assertEquals("Beta Labs LLC", r.vendor().orElseThrow().name());
    }

    @Test
    void aDefinitionOfAnotherNameFurtherOnIsNotLinked() {
        String text = "Order No. 7 between Acme Corp. (\"Acme\") and Beta LLC (\"Beta\"). The parties agree as follows:"
                + " 1. Delivery. The goods go to Kite Freight, whose carrier is Gamma Haulage Ltd (\"Carrier\"). Beta"
                + " shall deliver the goods.";
        PartyResolution r = PartyResolver.resolve(text, "Kite Freight");
        assertEquals("Kite Freight", r.customer().orElseThrow().name());
        assertTrue(r.customer().orElseThrow().aliases().isEmpty(), r.customer().toString());
    }

    @Test
    void aRoleWordTheTextWritesInLowerCaseOnly() {
        String text = "This Agreement is made between Acme Corp. (\"Acme\") and Beta LLC (\"Beta\"). Beta shall"
                + " deliver the software to the licensee. The licensee may copy it.";
        PartyResolution r = PartyResolver.resolve(text, "Licensee");
        assertEquals(List.of("licensee"), r.customer().orElseThrow().otherForms());
    }

    @Test
    void aNameThatOccursNowhereIsAnErrorNamingThePartiesFound() {
        CustomerNotFoundException error = assertThrows(CustomerNotFoundException.class,
                () -> PartyResolver.resolve(TEXT, "Foo"));
        assertEquals("--customer \"Foo\" does not occur in the contract; parties found: Acme Corporation"
                + " (\"Client\"), Beta Labs LLC (\"Supplier\")", error.getMessage());
        assertTrue(CustomerNotFoundException.isReason(error.getMessage()));
    }

    @Test
    void aPartOfAWordIsNotTheName() {
        assertThrows(CustomerNotFoundException.class, () -> PartyResolver.resolve(TEXT, "Acm"));
        assertThrows(CustomerNotFoundException.class, () -> PartyResolver.resolve("Terms of service.", "Foo"));
    }

    @Test
    void noPartiesFoundSaysNone() {
        CustomerNotFoundException error = assertThrows(CustomerNotFoundException.class,
                () -> PartyResolver.resolve("A short note without parties.", "Acme"));
        assertTrue(error.getMessage().endsWith("parties found: none"), error.getMessage());
    }
}
