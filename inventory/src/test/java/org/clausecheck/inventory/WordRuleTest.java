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
        assertTrue(shows("Most Favored Nation",
                "The fees charged to Buyer shall be at least as favorable as the fees Seller charges its similarly "
                        + "situated customers."));
        assertFalse(shows("Most Favored Nation", "Each party shall act in good faith."));
    }

    @Test
    void favourableTermsCountOnlyAgainstOtherCustomersNotAtArmsLengthOrInEmployment() {
        // the comparison with other buyers is what makes a term most-favoured; the same words elsewhere do not
        assertFalse(shows("Most Favored Nation",
                "If the Holder declines, the Company may sell the Shares to a third party on terms no less favorable "
                        + "to the Company than those offered to the Holder."));
        assertFalse(shows("Most Favored Nation",
                "Services between Affiliates shall be on terms no less favorable than those obtainable from any "
                        + "unaffiliated third party in an arm's length transaction."));
        assertFalse(shows("Most Favored Nation",
                "The Employee shall be offered employment on terms no less favourable than those of any other "
                        + "employee of the Group."));
        assertFalse(shows("Most Favored Nation",
                "Vendor shall provide a level of support at least as favorable as is standard in its industry."));
    }

    @Test
    void liquidatedDamagesAndTerminationFeesButNotCallTermination() {
        assertTrue(shows("Liquidated Damages",
                "Upon such termination Licensee shall pay Licensor a termination fee of $50,000."));
        assertTrue(shows("Liquidated Damages",
                "The parties agree that the sum is a reasonable estimate of the damages and not a penalty."));
        assertTrue(shows("Liquidated Damages", "Buyer shall pay a break-up fee equal to 3% of the price."));
        assertFalse(shows("Liquidated Damages",
                "Carrier fees include transmission fees and call termination fees."));
        assertFalse(shows("Liquidated Damages", "Either party may terminate this Agreement on 30 days' notice."));
    }

    @Test
    void disparagingOrHarmingTheOtherPartysReputation() {
        assertTrue(shows("Non-Disparagement", "Neither party shall disparage the other or its products."));
        assertTrue(shows("Non-Disparagement",
                "Reseller shall not make any statement that presents the Supplier in a negative light."));
        assertTrue(shows("Non-Disparagement",
                "Consultant shall not engage in any conduct detrimental to the reputation of the Company."));
        assertFalse(shows("Non-Disparagement",
                "Licensee shall maintain the quality of the Products and the goodwill of the Marks."));
    }

    @Test
    void sourceCodeDepositedWithAnEscrowAgentButNotMoneyInEscrow() {
        assertTrue(shows("Source Code Escrow", "Licensor shall deposit the Source Code with the escrow agent."));
        assertTrue(shows("Source Code Escrow",
                "The Deposit Materials shall be held in escrow under the Escrow Agreement."));
        assertTrue(shows("Source Code Escrow",
                "The source code shall be released to Licensee if Licensor becomes insolvent."));
        assertFalse(shows("Source Code Escrow", "The purchase price shall be held in escrow until closing."));
        assertFalse(shows("Source Code Escrow", "Licensee shall not decompile the object code into source code."));
    }

    @Test
    void limitsOnRaisingOrChangingPrices() {
        assertTrue(shows("Price Restrictions", "The prices set out in Schedule B shall not be increased during the "
                + "first two years of the Term."));
        assertTrue(shows("Price Restrictions",
                "Supplier may increase the fees once per calendar year, by adjustments not to exceed 3% each."));
        assertTrue(shows("Price Restrictions", "Either party may request a change in the fees no more than once a year."));
        assertTrue(shows("Price Restrictions", "The prices shall remain fixed until December 31, 2021."));
        assertFalse(shows("Price Restrictions", "Supplier may change its prices on 30 days' written notice."));
        assertFalse(shows("Price Restrictions", "The fees are payable within 30 days of the invoice."));
    }

    @Test
    void aLicenceGrantedForTheLicensorAndItsAffiliates() {
        assertTrue(shows("Affiliate License-Licensor",
                "Supplier, on behalf of itself and its Affiliates, hereby grants to Distributor a non-exclusive licence "
                        + "to use the Marks."));
        assertTrue(shows("Affiliate License-Licensor",
                "Parent shall cause the other members of the Parent Group to grant to SpinCo a licence to the "
                        + "Shared Patents."));
        assertTrue(shows("Affiliate License-Licensor",
                "Licensor grants Licensee a licence under the patents owned or controlled by Licensor or its "
                        + "Affiliates."));
        assertFalse(shows("Affiliate License-Licensor",
                "Licensor hereby grants to Licensee and its Affiliates a licence to use the Software."));
    }

    @Test
    void aPartyBarredFromSolicitingTheOthersCustomersButNotFromSellingToItsOwn() {
        assertTrue(shows("No-Solicit Of Customers",
                "For one year after termination, Agent shall not solicit any customer of the Company."));
        assertTrue(shows("No-Solicit Of Customers",
                "Franchisee shall not divert or attempt to divert any business or customers of the System."));
        assertTrue(shows("No-Solicit Of Customers",
                "Consultant agrees not to induce any client of the Company to terminate its relationship with it."));
        assertFalse(shows("No-Solicit Of Customers",
                "Reseller shall solicit orders from potential customers in the Territory."));
        assertFalse(shows("No-Solicit Of Customers",
                "Neither party shall solicit for employment any employee of the other party."));
    }

    @Test
    void wordsSpreadOverLinesAreReadAsOneSentence() {
        assertTrue(shows("Liquidated Damages", "The parties agree that such sums are\nliquidated   damages and not a penalty."));
        assertTrue(shows("Source Code Escrow", "Licensor shall deposit the Source Code with the escrow agent."));
        assertFalse(shows("Source Code Escrow", "The purchase price shall be held in escrow until closing."));
    }

    @Test
    void jointOwnershipOfIntellectualPropertyButNotAJointlyDevelopedPlan() {
        assertTrue(shows("Joint Ip Ownership", "Joint Inventions shall be jointly owned by the Parties."));
        assertTrue(shows("Joint Ip Ownership",
                "Any invention jointly conceived by employees of both Parties shall belong to both of them."));
        assertFalse(shows("Joint Ip Ownership",
                "The marketing plan shall be jointly developed by the Parties each calendar year."));
    }

    @Test
    void anUnlimitedLicenceButNotUnlimitedOtherRights() {
        assertTrue(shows("Unlimited/All-You-Can-Eat-License",
                "Licensee may install an unlimited number of copies of the Software."));
        assertTrue(shows("Unlimited/All-You-Can-Eat-License",
                "Licensor grants Customer an unlimited, non-exclusive, perpetual right to use the Content."));
        assertTrue(shows("Unlimited/All-You-Can-Eat-License", "Customer receives an enterprise-wide licence."));
        assertFalse(shows("Unlimited/All-You-Can-Eat-License",
                "The Holder shall have unlimited piggyback registration rights."));
    }

    @Test
    void aLineThatIsNotFourCellsOrNamesNoCategoryIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> WordRule.parse(new BufferedReader(new StringReader("Not A Category\tx\tx\t\n"))));
        assertThrows(IllegalArgumentException.class,
                () -> WordRule.parse(new BufferedReader(new StringReader("Insurance\tinsur\tinsurance\n"))));
    }
}
