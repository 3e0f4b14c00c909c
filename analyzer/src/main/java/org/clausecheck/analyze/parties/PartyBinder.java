package org.clausecheck.analyze.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds parties from the whole document, not only its preamble: a definitions section ('"Supplier" means Beta
 * Labs LLC'), "hereinafter referred to as" in the body, signature blocks ("CUSTOMER: ACME CORP. By: ___"), the
 * names of a text without a preamble ("the agreement between Acme and Beta Bank").
 */
final class PartyBinder {

    // '"Supplier" means Beta Labs LLC', '"Customer" shall mean ...', '"Company" refers to ...'
    static final Pattern DEFINITION = Pattern.compile("[\"\u201C]((?:[Tt]he\\s+)?[A-Z][A-Za-z\\-]{1,30}"
            + "(?:\\s[A-Z][A-Za-z\\-]{1,20})?)[\"\u201D]\\s*(?:shall\\s+)?(?:means?|refers?\\s+to|shall\\s+refer\\s+to)\\s+");
    // 'Beta Labs LLC, a Delaware company (hereinafter referred to as "Supplier")', 'hereinafter called the "Client"'
    static final Pattern HEREINAFTER = Pattern.compile("(?:hereinafter|herein)\\s*,?\\s*(?:referred\\s+to\\s+as"
            + "|called|known\\s+as)?\\s*(?:the\\s+)?[\"\u201C]([A-Z][A-Za-z\\-]{1,30})[\"\u201D]");
    /** "CUSTOMER: ACME CORP." and "ACME CORP. ("Customer")" at the head of a signature block. */
    private static final Pattern SIGNATURE_ROLE_FIRST = Pattern.compile("([A-Z][A-Za-z]{2,20})\\s*:\\s*(.{2,80}?)\\s*$");
    private static final Pattern SIGNATURE_ROLE_AFTER = Pattern.compile(
            "(.{2,80}?)\\s*\\(\\s*(?:the\\s+)?[\"\u201C]?([A-Z][A-Za-z]{2,20})[\"\u201D]?\\s*\\)\\s*$");
    // "the agreement between Netzee and Bankers Bank": names as a text without a preamble writes them.
    static final Pattern BETWEEN = Pattern.compile("\\b(?:between|BETWEEN|Between)\\s+((?:[A-Z][\\w&.'\\-]*\\s+){0,4}"
            + "[A-Z][\\w&.'\\-]*)\\s+(?:and|AND)\\s+((?:[A-Z][\\w&'\\-]*\\s+){0,4}[A-Z][\\w&'\\-]*)(?=[,.;:)]|\\s+[^A-Z\\s]|\\s*$)");
    private static final Pattern CALENDAR = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|january"
            + "|february|march|april|may|june|july|august|september|october|november|december");
    private static final int SIGNATURE_REACH = 120;

    private PartyBinder() {
    }

    /** The parties with names and terms that the rest of the document gives them, and parties it adds. */
    static List<Party> bindNames(String text, List<Party> preamble) {
        List<Party> parties = new ArrayList<>(preamble);
        definitions(text, parties);
        hereinafter(text, parties);
        signatureBlocks(text, parties);
        if (parties.size() < 2) {
            namedBetween(text, parties);
        }
        return parties;
    }

    /** '"Supplier" means Beta Labs LLC': a name for a party known by its role word, or a term for a named one. */
    private static void definitions(String text, List<Party> parties) {
        if (text.indexOf(" mean") < 0 && text.indexOf(" refer") < 0) {
            return;
        }
        for (MatchResult definition : AnchoredMatches.of(text, DEFINITION, "\"", "\u201C")) {
            String term = definition.group(1).strip();
            if (!RoleWords.isStrongOrCompany(term)) {
                continue; // "Deliverables" means ...: a thing
            }
            int end = Math.min(text.length(), definition.end() + 200);
            String name = PartyNames.clean(withoutFullStop(upToDelimiter(text.substring(definition.end(), end))));
            link(parties, term, name);
        }
    }

    /** "Beta Labs LLC (hereinafter referred to as "Supplier")" anywhere: the term stands for that name. */
    private static void hereinafter(String text, List<Party> parties) {
        if (text.indexOf("herein") < 0) {
            return;
        }
        for (MatchResult hereinafter : AnchoredMatches.of(text, HEREINAFTER, "herein")) {
            String term = hereinafter.group(1).strip();
            if (!RoleWords.isStrongOrCompany(term) || findByTerm(parties, term).isPresent() && hasName(findByTerm(parties, term).get())) {
                continue;
            }
            int open = text.lastIndexOf('(', hereinafter.start());
            int at = open >= 0 && hereinafter.start() - open < 4 ? open : hereinafter.start();
            String name = PreambleReader.nameBefore(text, at).name();
            link(parties, term, name);
        }
    }

    /**
     * "CUSTOMER: ACME CORP. By: ___" or "ACME CORP. ("Customer") By: ___": a name for a party known only by its role
     * word, as a template filled in at signature.
     */
    private static void signatureBlocks(String text, List<Party> parties) {
        for (String by : new String[] {"By:", "BY:"}) {
            for (int at = text.indexOf(by); at >= 0; at = text.indexOf(by, at + by.length())) {
                String head = lastLine(PartyNames.withoutSlots(text.substring(Math.max(0, at - SIGNATURE_REACH), at)));
                Matcher roleFirst = SIGNATURE_ROLE_FIRST.matcher(head);
                Matcher roleAfter = SIGNATURE_ROLE_AFTER.matcher(head);
                if (roleFirst.find() && RoleWords.isStrongOrCompany(roleFirst.group(1))) {
                    link(parties, roleFirst.group(1), PartyNames.clean(roleFirst.group(2)));
                } else if (roleAfter.find() && RoleWords.isStrongOrCompany(roleAfter.group(2))) {
                    link(parties, roleAfter.group(2), PartyNames.clean(roleAfter.group(1)));
                }
            }
        }
    }

    /**
     * No preamble: "between Netzee and Bankers Bank", each name also used on its own elsewhere, makes the two
     * parties; a role word or a thing does not.
     */
    private static void namedBetween(String text, List<Party> parties) {
        for (MatchResult between : AnchoredMatches.of(text, BETWEEN, "between", "BETWEEN", "Between")) {
            if (parties.size() >= 2) {
                break;
            }
            String first = PartyNames.clean(between.group(1));
            String second = PartyNames.clean(between.group(2));
            if (first.isEmpty() || second.isEmpty() || first.equalsIgnoreCase(second)) {
                continue;
            }
            if (RoleWords.isRoleWord(first) || RoleWords.isRoleWord(second)
                    || !PreambleReader.isPartyTerm(first) || !PreambleReader.isPartyTerm(second)
                    || CALENDAR.matcher(first).matches() || CALENDAR.matcher(second).matches()) {
                continue;
            }
            Party one = new Party(bodyCasing(text, first), List.of(), Role.UNKNOWN);
            Party two = new Party(bodyCasing(text, second), List.of(), Role.UNKNOWN);
            if (RoleNormalizer.find(text, one).size() >= 3 && RoleNormalizer.find(text, two).size() >= 3) {
                for (Party party : List.of(one, two)) {
                    if (parties.stream().noneMatch(p -> p.isNamed(party.name()))) {
                        parties.add(party);
                    }
                }
            }
        }
    }

    /** A name as the body writes it: "Netzee" for "NETZEE" when the body uses the capitalised form. */
    private static String bodyCasing(String text, String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        String title = RoleNormalizer.titleCase(name);
        return text.contains(title) ? title : name;
    }

    /**
     * Links a role word to a name: the name for a party known only by the word, the word for a party of that
     * name, or a new party when fewer than two are known.
     */
    private static void link(List<Party> parties, String term, String name) {
        Optional<Party> byTerm = findByTerm(parties, term);
        Optional<Party> byName = name.isEmpty() ? Optional.empty()
                : parties.stream().filter(p -> hasName(p) && (p.isNamed(name) || sameName(p.name(), name))).findFirst();
        if (byTerm.isPresent()) {
            Party party = byTerm.get();
            if (!hasName(party) && !name.isEmpty() && byName.isEmpty()) {
                replace(parties, party, new Party(name, party.aliases(), party.role(), party.otherForms()));
            }
            return;
        }
        if (byName.isPresent()) {
            Party party = byName.get();
            List<String> aliases = new ArrayList<>(party.aliases());
            aliases.add(term);
            replace(parties, party, new Party(party.name(), aliases, party.role(), party.otherForms()));
            return;
        }
        if (parties.size() < 2) {
            parties.add(new Party(name.isEmpty() ? term : name, List.of(term), Role.UNKNOWN));
        }
    }

    static Optional<Party> findByTerm(List<Party> parties, String term) {
        String bare = bare(term);
        return parties.stream().filter(p -> p.aliases().stream().anyMatch(alias -> bare(alias).equalsIgnoreCase(bare)))
                .findFirst();
    }

    /** A party whose name is a name, not one of its terms. */
    static boolean hasName(Party party) {
        return party.aliases().stream().noneMatch(alias -> bare(alias).equalsIgnoreCase(bare(party.name())))
                && !RoleWords.isPronoun(party.name());
    }

    private static boolean sameName(String one, String other) {
        return RoleNormalizer.shortName(one).equalsIgnoreCase(RoleNormalizer.shortName(other));
    }

    private static void replace(List<Party> parties, Party old, Party replacement) {
        parties.set(parties.indexOf(old), replacement);
    }

    private static String bare(String term) {
        String stripped = term.strip();
        return stripped.toLowerCase(Locale.ROOT).startsWith("the ") ? stripped.substring(4).strip() : stripped;
    }

    /** A definition's first words: to the first comma, semicolon, bracket or line end. */
    private static String upToDelimiter(String text) {
        int end = text.length();
        for (char c : new char[] {',', ';', '(', '\n', '.'}) {
            int at = text.indexOf(c);
            // "Acme Corp." keeps its full stop: one followed by a space and a capital or the end ends the definition.
            while (c == '.' && at >= 0 && at + 2 < text.length() && text.charAt(at + 1) == ' '
                    && !Character.isUpperCase(text.charAt(at + 2))) {
                at = text.indexOf(c, at + 1);
            }
            if (at >= 0 && at < end) {
                end = c == '.' ? at + 1 : at;
            }
        }
        return text.substring(0, end);
    }

    /** "Acme Holdings plc." at a definition's end: the full stop ends the sentence, unless it ends "Inc." or "L.P.". */
    private static String withoutFullStop(String text) {
        String stripped = text.strip();
        if (!stripped.endsWith(".")) {
            return stripped;
        }
        String last = stripped.substring(stripped.lastIndexOf(' ') + 1, stripped.length() - 1);
        boolean abbreviation = last.indexOf('.') >= 0 || last.length() <= 4 && last.length() >= 2
                && Character.isUpperCase(last.charAt(0)) && Character.isLowerCase(last.charAt(1));
        return abbreviation ? stripped : stripped.substring(0, stripped.length() - 1);
    }

    private static String lastLine(String text) {
        String stripped = text.stripTrailing();
        int newline = stripped.lastIndexOf('\n');
        return (newline >= 0 ? stripped.substring(newline + 1) : stripped).strip();
    }
}
