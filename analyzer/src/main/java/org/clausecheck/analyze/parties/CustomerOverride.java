package org.clausecheck.analyze.parties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer the user named. Any name or role word that occurs in the text, as a whole word or phrase ignoring
 * case, is accepted: a party found under that name or term, or else a party of its own made of the forms the text
 * writes it in and the terms a definition links to it. The other main party is the vendor. A name that occurs
 * nowhere is an error, never ignored.
 */
final class CustomerOverride {

    private static final Pattern QUOTED = Pattern.compile("[\"\u201C]([^\"\u201C\u201D]{1,40})[\"\u201D]");
    /** '"Client" means ' or '"Client" refers to the ' right before the name. */
    private static final Pattern DEFINED_BEFORE = Pattern.compile("[\"\u201C]([^\"\u201C\u201D]{1,40})[\"\u201D]\\s*"
            + "(?:shall\\s+)?(?:means?|refers?\\s+to)\\s+(?:the\\s+)?$");

    private CustomerOverride() {
    }

    /**
     * @param parties   the parties found, in the order of their mentions, main pair first
     * @param inText    the same parties in the order the text introduces them, for the error message
     * @param automatic the decision without the user, to take its vendor when the named customer is a new party
     */
    static PartyResolution apply(String text, List<Party> parties, List<Party> inText, String given,
                                 PartyResolution automatic) {
        String wanted = given.strip();
        List<Party> named = parties.stream().filter(p -> p.isNamed(wanted)).toList();
        String reason = "customer given by the user as \"" + wanted + "\"";
        if (!named.isEmpty()) {
            // A term or the whole name beats a word of a name; of several, the most named party, and the report says so.
            Party customer = named.stream().filter(p -> namesExactly(p, wanted)).findFirst().orElse(named.get(0));
            List<String> others = named.stream().filter(p -> p != customer).map(Party::label).toList();
            if (!others.isEmpty() && !namesExactly(customer, wanted)) {
                reason += ", which also names " + String.join(", ", others) + "; the most named was taken";
            }
            return decided(parties, customer, vendorFor(customer, parties, automatic), reason);
        }
        List<String> written = writtenForms(text, wanted);
        if (written.isEmpty()) {
            throw new CustomerNotFoundException(wanted, inText);
        }
        List<String> linked = linkedTerms(text, written);
        // A definition may tie the name to a term a found party goes by: that party, now with its name.
        for (String term : linked) {
            Optional<Party> byTerm = PartyBinder.findByTerm(parties, term);
            if (byTerm.isPresent()) {
                Party party = byTerm.get();
                List<String> forms = new ArrayList<>(party.otherForms());
                written.stream().filter(form -> !forms.contains(form)).forEach(forms::add);
                Party customer = new Party(party.name(), party.aliases(), party.role(), forms);
                List<Party> updated = new ArrayList<>(parties);
                updated.set(updated.indexOf(party), customer);
                return decided(updated, customer, vendorFor(party, updated, automatic), reason);
            }
        }
        Party customer = new Party(written.get(0), linked, Role.UNKNOWN, written);
        List<Party> updated = new ArrayList<>();
        updated.add(customer);
        updated.addAll(parties);
        return decided(updated, customer, vendorFor(customer, parties, automatic),
                reason + ", found in the text though not among the parties read from the preamble");
    }

    private static boolean namesExactly(Party party, String wanted) {
        return party.name().equalsIgnoreCase(wanted) || party.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(wanted)
                || a.toLowerCase(Locale.ROOT).equals("the " + wanted.toLowerCase(Locale.ROOT)));
    }

    /** The vendor: the automatic decision's vendor, or its customer if the user named its vendor, else the most named. */
    private static Party vendorFor(Party customer, List<Party> parties, PartyResolution automatic) {
        if (automatic.decided()) {
            Optional<Party> vendor = automatic.vendor().filter(v -> !v.name().equals(customer.name()));
            Optional<Party> other = vendor.isPresent() ? vendor
                    : automatic.customer().filter(c -> !c.name().equals(customer.name()));
            if (other.isPresent()) {
                String name = other.get().name();
                return parties.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
            }
        }
        return parties.stream().filter(p -> !p.name().equals(customer.name())).findFirst().orElse(null);
    }

    private static PartyResolution decided(List<Party> parties, Party customer, Party vendor, String reason) {
        List<Party> ordered = new ArrayList<>();
        ordered.add(customer.withRole(Role.CUSTOMER));
        if (vendor != null) {
            ordered.add(vendor.withRole(Role.VENDOR));
        }
        for (Party party : parties) {
            if (party != customer && party != vendor && !party.name().equals(customer.name())) {
                ordered.add(party.withRole(Role.UNKNOWN));
            }
        }
        return new PartyResolution(ordered, true, 1.0, reason);
    }

    /** The spellings the text uses for the name, as whole words ignoring case; capitalised ones first. */
    static List<String> writtenForms(String text, String wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wanted).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        Set<String> capitalised = new LinkedHashSet<>();
        Set<String> lower = new LinkedHashSet<>();
        while (matcher.find()) {
            String form = matcher.group().replaceAll("\\s+", " ");
            (Character.isUpperCase(form.charAt(0)) ? capitalised : lower).add(form);
        }
        List<String> forms = new ArrayList<>(capitalised);
        // Lower-case uses ("the customer") name the party only when the text never capitalises it.
        if (forms.isEmpty()) {
            forms.addAll(lower);
        }
        forms.sort((a, b) -> a.equals(wanted) ? -1 : b.equals(wanted) ? 1 : 0);
        return forms;
    }

    private static boolean definesTheName(String text, int open, String form) {
        String before = PreambleReader.nameBefore(text, open).name();
        return before.isEmpty() ? open - text.lastIndexOf(form, open) - form.length() <= 40
                : new Party(before, List.of(), Role.UNKNOWN).isNamed(form);
    }

    /** Terms a definition ties to the name: 'Acme Corp. ("Client")', '"Client" means Acme Corp.'. */
    static List<String> linkedTerms(String text, List<String> forms) {
        Set<String> terms = new LinkedHashSet<>();
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                int end = at + form.length();
                // After the name, within its sentence: a parenthetical with quoted terms that defines this name, not
                // a name further on ("Gamma's supplier Beta LLC ("Supplier")").
                int open = text.indexOf('(', end);
                if (open >= 0 && open - end <= 160 && definesTheName(text, open, form)) {
                    int close = text.indexOf(')', open);
                    if (close > open && close - open <= 160) {
                        Matcher quoted = QUOTED.matcher(text.substring(open, close));
                        while (quoted.find()) {
                            String term = quoted.group(1).strip();
                            if (PreambleReader.isPartyTerm(term) && !term.equalsIgnoreCase(form)) {
                                terms.add(term);
                            }
                        }
                    }
                }
                // Before it: '"Client" means ' right before the name.
                Matcher definition = DEFINED_BEFORE.matcher(text.substring(Math.max(0, at - 60), at));
                if (definition.find() && PreambleReader.isPartyTerm(definition.group(1).strip())) {
                    terms.add(definition.group(1).strip());
                }
            }
        }
        return List.copyOf(terms);
    }
}
