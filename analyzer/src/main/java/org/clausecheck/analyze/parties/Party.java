package org.clausecheck.analyze.parties;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A party to the contract.
 *
 * @param name       the name as printed ("Acme Corp."), or the defined term when no name was found
 * @param aliases    the defined terms and pronouns the contract uses for it ("Client", "we")
 * @param role       the side it was found to take
 * @param otherForms how the text names it without defining the form: a short name ("Acme"), an acronym, a role
 *                   word the body uses for it ("the Company"); read as the party, not shown as its terms
 */
public record Party(String name, List<String> aliases, Role role, List<String> otherForms) {

    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        aliases = List.copyOf(aliases);
        otherForms = List.copyOf(otherForms);
    }

    public Party(String name, List<String> aliases, Role role) {
        this(name, aliases, role, List.of());
    }

    public Party withRole(Role newRole) {
        return new Party(name, aliases, newRole, otherForms);
    }

    /** The label shown for the party: 'Acme Corp. ("Client")'. */
    public String label() {
        if (aliases.isEmpty() || aliases.equals(List.of(name))) {
            return name;
        }
        return name + " (\"" + String.join("\", \"", aliases) + "\")";
    }

    /**
     * True when {@code text} names this party, ignoring case: one of its terms or forms, or whole words of its name
     * ("Acme" and "Acme Corp." for "Acme Corp.", not "Corp").
     */
    public boolean isNamed(String text) {
        String wanted = text.strip();
        if (wanted.isEmpty()) {
            return false;
        }
        if (aliases.stream().anyMatch(alias -> sameTerm(alias, wanted))
                || otherForms.stream().anyMatch(form -> sameTerm(form, wanted))) {
            return true;
        }
        Pattern words = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wanted) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return words.matcher(name).find() && (name.length() <= wanted.length() + 1 || !isCorporateSuffix(wanted));
    }

    private static boolean sameTerm(String term, String wanted) {
        return bare(term).equalsIgnoreCase(bare(wanted));
    }

    private static String bare(String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? term.substring(4).strip() : term.strip();
    }

    private static final Pattern SUFFIX = Pattern.compile(
            "(?i),?\\s*(?:inc|incorporated|llc|l\\.l\\.c|ltd|limited|corp|corporation|co|company|plc|gmbh|ag|sa|s\\.a|lp|llp)\\.?");

    private static boolean isCorporateSuffix(String text) {
        return SUFFIX.matcher(text).matches();
    }
}
