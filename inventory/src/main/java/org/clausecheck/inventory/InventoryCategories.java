package org.clausecheck.inventory;

import java.util.List;
import java.util.Locale;
import org.clausecheck.candidates.CandidateTrainer;

/**
 * CUAD's 33 yes/no categories, named exactly as CUAD's label columns name them ("Anti-Assignment", "Cap On
 * Liability"), in CUAD's order. The model's id of each is its name in lower case with dashes.
 */
public final class InventoryCategories {

    public static final List<String> NAMES = List.of(
            "Most Favored Nation", "Competitive Restriction Exception", "Non-Compete", "Exclusivity",
            "No-Solicit Of Customers", "No-Solicit Of Employees", "Non-Disparagement", "Termination For Convenience",
            "Rofr/Rofo/Rofn", "Change Of Control", "Anti-Assignment", "Revenue/Profit Sharing", "Price Restrictions",
            "Minimum Commitment", "Volume Restriction", "Ip Ownership Assignment", "Joint Ip Ownership",
            "License Grant", "Non-Transferable License", "Affiliate License-Licensor", "Affiliate License-Licensee",
            "Unlimited/All-You-Can-Eat-License", "Irrevocable Or Perpetual License", "Source Code Escrow",
            "Post-Termination Services", "Audit Rights", "Uncapped Liability", "Cap On Liability",
            "Liquidated Damages", "Warranty Duration", "Insurance", "Covenant Not To Sue", "Third Party Beneficiary");

    private InventoryCategories() {
    }

    /** "Rofr/Rofo/Rofn" gives "rofr-rofo-rofn". */
    public static String id(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public static List<CandidateTrainer.Category> forTraining() {
        return NAMES.stream().map(name -> new CandidateTrainer.Category(id(name), name)).toList();
    }
}
