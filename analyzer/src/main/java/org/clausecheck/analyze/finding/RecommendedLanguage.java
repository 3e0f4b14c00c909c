package org.clausecheck.analyze.finding;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.parties.PartyResolution;

/**
 * The language a playbook asks for, written with {@code {customer}} and {@code {vendor}} placeholders,
 * put in the contract's own defined terms ("Provider shall document ...") so it can be pasted into a
 * mark-up. Without a decided party, or where the contract says "we" and "you", the generic role names
 * are used.
 */
public final class RecommendedLanguage {

    public static final String CUSTOMER = "{customer}";
    public static final String VENDOR = "{vendor}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+\\}");
    private static final Pattern SENTENCE_OPENING_THE = Pattern.compile("(^|[.:;]\\s+)the (Customer|Vendor)\\b");
    private static final Set<String> PRONOUNS = Set.of("we", "us", "our", "you", "your");

    private RecommendedLanguage() {
    }

    /** The template in the contract's terms. */
    public static String forParties(String template, PartyResolution parties) {
        String customer = parties.decided() ? term(parties.customer()).orElse("the Customer") : "the Customer";
        String vendor = parties.decided() ? term(parties.vendor()).orElse("the Vendor") : "the Vendor";
        return fill(template, customer, vendor);
    }

    /** The template with the generic role names, for texts about the rule rather than one contract. */
    public static String generic(String template) {
        return fill(template, "the Customer", "the Vendor");
    }

    /** Placeholders other than {customer} and {vendor}, for playbook validation. */
    public static Set<String> unknownPlaceholders(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        while (matcher.find()) {
            if (!matcher.group().equals(CUSTOMER) && !matcher.group().equals(VENDOR)) {
                unknown.add(matcher.group());
            }
        }
        return unknown;
    }

    private static String fill(String template, String customer, String vendor) {
        String filled = template.replace(CUSTOMER, customer).replace(VENDOR, vendor);
        if (!filled.contains("the Customer") && !filled.contains("the Vendor")) {
            return filled; // the contract's own terms: nothing to capitalise
        }
        // "the Vendor" opening a sentence is capitalised; inside one it reads as written.
        return SENTENCE_OPENING_THE.matcher(filled).replaceAll("$1The $2");
    }

    private static Optional<String> term(Optional<Party> party) {
        return party.flatMap(p -> p.aliases().stream()
                .filter(alias -> !PRONOUNS.contains(alias.toLowerCase(java.util.Locale.ROOT)))
                .findFirst());
    }
}
