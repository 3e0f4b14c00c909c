package org.clausecheck.analyze.parties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.words.WordLists;

/**
 * How the body names a party without the term the preamble defined: a short form of its name ("Acme" for "Acme
 * Corporation"), an acronym ("IBM"), a surname ("Roe" for "Jane Roe"), a role word the body uses throughout ("the
 * Company" where the preamble defined "Employer"); "we" and "you" are {@link PronounBinder}'s.
 */
final class PartyForms {

    private static final WordLists WORDS = WordLists.read(PartyForms.class, "party-forms.words");

    /** Words that start many company names: a short form made of one of them alone names nobody in particular. */
    private static final Set<String> GENERIC = WORDS.words("generic");
    private static final Set<String> JOINING = WORDS.words("joining");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*");
    private PartyForms() {
    }

    /** The parties with the forms the body uses for them. */
    static List<Party> bind(String text, List<Party> parties) {
        List<Party> result = new ArrayList<>(parties);
        shortForms(text, result);
        bodyRoleWords(text, result);
        PronounBinder.bind(text, result);
        return result;
    }

    // ------------------------------------------------------------------ short forms

    private static void shortForms(String text, List<Party> parties) {
        Map<String, Integer> claims = new HashMap<>();
        List<List<String>> candidates = new ArrayList<>();
        for (Party party : parties) {
            List<String> found = PartyBinder.hasName(party) ? shortFormsOf(text, party) : List.of();
            candidates.add(found);
            found.forEach(form -> claims.merge(form, 1, Integer::sum));
        }
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            // A form two parties could claim ("Federated" for two Federated companies) names neither.
            List<String> own = candidates.get(i).stream()
                    .filter(form -> claims.get(form) == 1 && parties.stream().noneMatch(other -> other != party
                            && (RoleNormalizer.forms(other).contains(form) || other.isNamed(form))))
                    .toList();
            if (!own.isEmpty()) {
                parties.set(i, withForms(party, own));
            }
        }
    }

    /** Short forms of the name that the text uses on their own at least twice. */
    static List<String> shortFormsOf(String text, Party party) {
        String base = RoleNormalizer.shortName(party.name());
        boolean entity = !base.equals(party.name().strip());
        if (base.toLowerCase(Locale.ROOT).startsWith("the ")) {
            base = base.substring(4).strip();
        }
        if (base.length() > 3 && base.equals(base.toUpperCase(Locale.ROOT))) {
            base = RoleNormalizer.titleCase(base); // "OMEGA REFINING" is "Omega" in the body
        }
        List<String> words = words(base);
        if (words.size() < 2) {
            return List.of();
        }
        // A person: two or three capitalised words, initials and joining words, no corporate suffix.
        boolean person = !entity && words.size() <= 3 && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0))
                || JOINING.contains(w)) && words.stream().noneMatch(w -> GENERIC.contains(w.toLowerCase(Locale.ROOT)));
        Set<String> candidates = new LinkedHashSet<>();
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        if (person) {
            if (last.length() >= 3 && !RoleWords.isRoleWord(last)) {
                candidates.add(last); // "Jane Roe" is "Roe" or "Ms. Roe" in the body
            }
        } else {
            if (first.length() >= 4 && Character.isUpperCase(first.charAt(0))
                    && !GENERIC.contains(first.toLowerCase(Locale.ROOT)) && !RoleWords.isRoleWord(first)) {
                candidates.add(first);
            }
            if (words.size() >= 3 && !JOINING.contains(words.get(1).toLowerCase(Locale.ROOT))) {
                candidates.add(first + " " + words.get(1));
            }
            candidates.add(acronym(words));
            candidates.add(acronym(words(party.name())));
        }
        List<String> found = new ArrayList<>();
        List<String> known = RoleNormalizer.forms(party);
        for (String candidate : candidates) {
            // An ordinary word that starts a name ("Document Vault Inc.") is no short name: the body must write it
            // capitalised inside sentences, and not define it as a thing of its own ('"Document" means ...').
            boolean acronym = candidate.equals(candidate.toUpperCase(Locale.ROOT));
            if (candidate.length() >= (acronym ? 3 : 2) && Character.isUpperCase(candidate.charAt(0))
                    && !known.contains(candidate) && !RoleWords.isRoleWord(candidate)
                    && uses(text, candidate, party.name()) >= 2
                    && (acronym || midSentenceUses(text, candidate) >= 2) && !definedAsTerm(text, candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(name);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** "IBM" for International Business Machines; "FASC" for Federated Advisory Services Company. */
    private static String acronym(List<String> words) {
        StringBuilder letters = new StringBuilder();
        for (String w : words) {
            if (!JOINING.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
                letters.append(w.charAt(0));
            }
        }
        return letters.length() >= 2 ? letters.toString() : "";
    }

    /**
     * Whole-word uses after a lower-case word, where an ordinary word would not be capitalised: "shall pay Acme",
     * not "Document retention" at the start of a sentence or a heading.
     */
    private static int midSentenceUses(String text, String form) {
        int uses = 0;
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
            int end = at + form.length();
            boolean wordEnd = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            int before = at - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            if (wordEnd && before >= 0 && before < at - 1 && Character.isLowerCase(text.charAt(before))) {
                uses++;
            }
        }
        return uses;
    }

    /** Whether the text defines the word in quotes: '"Document" means', '(the "Document")'. */
    private static boolean definedAsTerm(String text, String word) {
        return text.contains("\"" + word + "\"") || text.contains("\u201C" + word + "\u201D");
    }

    /** Uses of the form as written and in capitals. */
    private static int uses(String text, String form, String fullName) {
        String upper = form.toUpperCase(Locale.ROOT);
        return usedAlone(text, form, fullName)
                + (upper.equals(form) ? 0 : usedAlone(text, upper, fullName.toUpperCase(Locale.ROOT)));
    }

    /** Whole-word uses of the form that are not the start of the full name. */
    private static int usedAlone(String text, String form, String fullName) {
        int uses = 0;
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
            int end = at + form.length();
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean wordEnd = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (wordStart && wordEnd && !text.startsWith(fullName, at)) {
                uses++;
            }
        }
        return uses;
    }

    // ------------------------------------------------------------------ role words of the body

    /**
     * A body that says "the Company" throughout where the preamble defined "Employer": when a party's name and
     * defined terms are hardly used after the preamble (at most three times, or less than a third as often as the
     * role word), a role word of its side (or "Company" for the employer of an individual) that the body uses at
     * least three times, and no party defines, stands for it.
     */
    private static void bodyRoleWords(String text, List<Party> parties) {
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            List<String> terms = party.aliases().stream().filter(a -> !RoleWords.isPronoun(a)).toList();
            if (terms.isEmpty()) {
                continue;
            }
            int partyUses = uses(text, new Party(party.name(), terms, Role.UNKNOWN));
            double side = terms.stream().mapToDouble(RoleWords::side).sum();
            boolean employerOfIndividual = parties.stream().anyMatch(other -> other != party
                    && other.aliases().stream().anyMatch(RoleWords::isIndividual))
                    && terms.stream().noneMatch(RoleWords::isIndividual);
            String best = null;
            int bestUses = partyUses > 3 ? 3 * partyUses : 2;
            for (String word : RoleWords.strongWords()) {
                boolean sameSide = Math.signum(RoleWords.side(word)) == Math.signum(side) && side != 0;
                if (!sameSide || definedByAnyone(parties, word)) {
                    continue;
                }
                int count = standaloneUses(text, word);
                if (count > bestUses) {
                    best = word;
                    bestUses = count;
                }
            }
            if (employerOfIndividual && !definedByAnyone(parties, "Company")) {
                int count = standaloneUses(text, "Company");
                if (count > bestUses) {
                    best = "Company";
                }
            }
            if (best != null) {
                parties.set(i, withForms(party, List.of(best)));
            }
        }
    }

    private static boolean definedByAnyone(List<Party> parties, String word) {
        return parties.stream().anyMatch(p -> PartyBinder.findByTerm(List.of(p), word).isPresent()
                || p.otherForms().contains(word));
    }

    static int uses(String text, Party party) {
        return RoleNormalizer.find(text, party).size();
    }

    /** Whole-word uses of a capitalised word that is not the end of a longer name ("Group Company"). */
    private static int standaloneUses(String text, String word) {
        int uses = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            int end = at + word.length();
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean wordEnd = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (wordStart && wordEnd && !afterCapitalisedWord(text, at)) {
                uses++;
            }
        }
        return uses;
    }

    private static boolean afterCapitalisedWord(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == at || end == 0) {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return false;
        }
        String previous = text.substring(start, end);
        return Character.isUpperCase(previous.charAt(0)) && !previous.equals("The") && !previous.equals("THE");
    }

    static Party withAlias(Party party, String alias) {
        List<String> aliases = new ArrayList<>(party.aliases());
        aliases.add(alias);
        return new Party(party.name(), aliases, party.role(), party.otherForms());
    }

    private static Party withForms(Party party, List<String> forms) {
        List<String> all = new ArrayList<>(party.otherForms());
        forms.stream().filter(form -> !all.contains(form)).forEach(all::add);
        return new Party(party.name(), party.aliases(), party.role(), all);
    }
}
