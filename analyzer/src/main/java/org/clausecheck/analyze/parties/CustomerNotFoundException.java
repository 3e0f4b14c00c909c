package org.clausecheck.analyze.parties;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The customer the user named ({@code --customer}) does not occur in the contract: the review cannot be made from
 * that side, and saying so beats reviewing from a side the user did not ask for.
 */
public final class CustomerNotFoundException extends IllegalArgumentException {

    private static final String MARK = " does not occur in the contract; parties found: ";

    private final String customer;
    private final List<Party> partiesFound;

    public CustomerNotFoundException(String customer, List<Party> partiesFound) {
        super("--customer \"" + customer.strip() + "\"" + MARK + found(partiesFound));
        this.customer = customer.strip();
        this.partiesFound = List.copyOf(partiesFound);
    }

    private static String found(List<Party> parties) {
        return parties.isEmpty() ? "none" : parties.stream().map(Party::label).collect(Collectors.joining(", "));
    }

    public String customer() {
        return customer;
    }

    public List<Party> partiesFound() {
        return partiesFound;
    }

    /** True for the reason of a file that failed this way, as stored in a report or an audit index. */
    public static boolean isReason(String reason) {
        return reason != null && reason.startsWith("--customer \"") && reason.contains(MARK);
    }
}
