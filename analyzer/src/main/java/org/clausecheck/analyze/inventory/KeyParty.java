package org.clausecheck.analyze.inventory;

import java.util.Objects;

/**
 * A party as the contract names it.
 *
 * @param name the name as written ("Aduro Biotech, Inc.")
 * @param role "customer", "vendor" or "party" (when the roles were not told apart)
 */
public record KeyParty(String name, String role) {

    public KeyParty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
