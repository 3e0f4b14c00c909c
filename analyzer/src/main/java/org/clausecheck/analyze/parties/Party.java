package org.clausecheck.analyze.parties;

import java.util.List;
import java.util.Objects;

/**
 * A party to the contract as the preamble introduces it.
 *
 * @param name    the name as printed ("Acme Corp."), or the defined term when no name was found
 * @param aliases the defined terms and pronouns the contract uses for it ("Client", "we")
 * @param role    the side it was found to take
 */
public record Party(String name, List<String> aliases, Role role) {

    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        aliases = List.copyOf(aliases);
    }

    public Party withRole(Role newRole) {
        return new Party(name, aliases, newRole);
    }

    /** The name and aliases, for display: 'Acme Corp. ("Client")'. */
    public String label() {
        if (aliases.isEmpty() || aliases.equals(List.of(name))) {
            return name;
        }
        return name + " (\"" + String.join("\", \"", aliases) + "\")";
    }

    /** True when {@code text} names this party, by name or alias, ignoring case. */
    public boolean isNamed(String text) {
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            return false;
        }
        if (name.toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> alias.equalsIgnoreCase(wanted));
    }
}
