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
