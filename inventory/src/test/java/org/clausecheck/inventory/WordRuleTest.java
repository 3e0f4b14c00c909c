package org.clausecheck.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordRuleTest {

    private static final Map<String, WordRule> RULES = WordRule.shipped().stream()
            .collect(Collectors.toMap(WordRule::category, rule -> rule));

    private static boolean shows(String category, String sentence) {
        return RULES.get(category).shows(WordRule.normalise(sentence));
    }

    @Test
    void everyShippedRuleNamesOneOfCuadsCategoriesOnce() {
        List<WordRule> rules = WordRule.shipped();
        assertEquals(rules.size(), RULES.size(), "one rule per category");
        assertTrue(InventoryCategories.NAMES.containsAll(RULES.keySet()));
    }

    @Test
    void aThirdPartyNamedAsBeneficiaryShowsTheCategoryButTheUsualDenialDoesNot() {
        assertTrue(shows("Third Party Beneficiary",
                "Each Indemnified Party is an intended third-party beneficiary of Section 9."));
        assertFalse(shows("Third Party Beneficiary",
                "This Agreement is for the sole benefit of the parties and there are no third-party beneficiaries."));
        assertFalse(shows("Third Party Beneficiary", "Nothing herein confers rights on any third party beneficiary."));
    }

    @Test
    void mostFavouredTermsInEitherSpelling() {
        assertTrue(shows("Most Favored Nation",
                "Supplier shall offer Distributor prices no less favourable than those offered to any other distributor."));
        assertTrue(shows("Most Favored Nation", "Customer shall receive most-favored customer pricing."));
        assertFalse(shows("Most Favored Nation", "Each party shall act in good faith."));
    }

    @Test
    void wordsSpreadOverLinesAreReadAsOneSentence() {
        assertTrue(shows("Liquidated Damages", "The parties agree that such sums are\nliquidated   damages and not a penalty."));
        assertTrue(shows("Source Code Escrow", "Licensor shall deposit the Source Code with the escrow agent."));
        assertFalse(shows("Source Code Escrow", "The purchase price shall be held in escrow until closing."));
    }

    @Test
    void aLineThatIsNotFourCellsOrNamesNoCategoryIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> WordRule.parse(new BufferedReader(new StringReader("Not A Category\tx\tx\t\n"))));
        assertThrows(IllegalArgumentException.class,
                () -> WordRule.parse(new BufferedReader(new StringReader("Insurance\tinsur\tinsurance\n"))));
    }
}
