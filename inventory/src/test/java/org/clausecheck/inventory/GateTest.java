package org.clausecheck.inventory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GateTest {

    private static final Map<String, Gate> GATES = Gate.shipped().stream()
            .collect(Collectors.toMap(Gate::category, gate -> gate));

    private static boolean admits(String category, String sentence) {
        return GATES.get(category).admits(sentence.toLowerCase(Locale.ROOT));
    }

    @Test
    void aNonExclusiveLicenceIsNoExclusivity() {
        assertFalse(admits("Exclusivity", "Licensor grants Licensee a non-exclusive licence to use the Software."));
        assertTrue(admits("Exclusivity", "Distributor shall be the exclusive distributor of the Products in Canada."));
    }

    @Test
    void exclusiveDealingAlsoReadsAsSoleSupplierRequirementsOrABarOnSellingToOthers() {
        assertTrue(admits("Exclusivity", "Customer shall purchase all of its requirements of the Product from Supplier."));
        assertTrue(admits("Exclusivity", "Supplier shall be the sole supplier of the Components to Customer."));
        assertTrue(admits("Exclusivity", "During the Term Licensor shall not license the Technology to any third party."));
        assertFalse(admits("Exclusivity", "Distributor shall sell the Products at the prices of Exhibit A."));
    }

    @Test
    void anExceptionToARestrictionIsDraftedAsACarveOut() {
        assertTrue(admits("Competitive Restriction Exception",
                "Notwithstanding Section 7.1, Consultant may hold up to 2% of the shares of a listed company."));
        assertTrue(admits("Competitive Restriction Exception",
                "Nothing in this Section shall restrict Distributor from selling products other than the Products."));
        assertFalse(admits("Competitive Restriction Exception",
                "Distributor shall not sell any product that competes with the Products in the Territory."));
    }

    @Test
    void aChangeOfControlNamesControlAMergerOrASaleOfTheBusiness() {
        assertTrue(admits("Change Of Control",
                "Either party may terminate this Agreement if the other party is acquired by a competitor."));
        assertTrue(admits("Change Of Control",
                "A merger or a sale of substantially all of its assets shall be deemed an assignment."));
        assertFalse(admits("Change Of Control",
                "Either party may terminate this Agreement on ninety days' written notice."));
    }

    @Test
    void gatesAreForModelCategoriesOnlyAndNameCuadCategories() {
        assertTrue(InventoryCategories.NAMES.containsAll(GATES.keySet()));
        for (WordRule rule : WordRule.shipped()) {
            assertFalse(GATES.containsKey(rule.category()), rule.category() + " is decided by words alone");
        }
    }

    @Test
    void aLineWithoutTwoCellsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Gate.parse(new BufferedReader(new StringReader("Exclusivity\n"))));
    }
}
