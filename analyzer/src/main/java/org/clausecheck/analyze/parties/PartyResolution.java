package org.clausecheck.analyze.parties;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is who in a contract.
 *
 * @param parties    every party found, customer and vendor first when decided
 * @param decided    whether a customer and a vendor were told apart
 * @param confidence 0..1, how sure the decision is (1 for a user's override)
 * @param reason     why, in one sentence a reviewer can check
 */
public record PartyResolution(List<Party> parties, boolean decided, double confidence, String reason) {

    public PartyResolution {
        parties = List.copyOf(parties);
        Objects.requireNonNull(reason, "reason");
    }

    public Optional<Party> customer() {
        return parties.stream().filter(p -> p.role() == Role.CUSTOMER).findFirst();
    }

    public Optional<Party> vendor() {
        return parties.stream().filter(p -> p.role() == Role.VENDOR).findFirst();
    }
}
