package org.clausecheck.analyze.parties;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * "we"/"us"/"our" and "you"/"your" as parties also where a preamble names them: 'Acme Inc. ("we", "us")', "you,
 * the customer", 'the Customer ("you")', "between you and Acme".
 */
final class PronounBinder {

    // "you, the customer", "you (the Client)", "your company, as the Licensee"
    static final Pattern YOU_ARE = Pattern.compile("\\b(?:you|You)(?:r\\s+(?:company|organi[sz]ation|business|entity))?"
            + "\\s*[,(]?\\s*(?:the|as\\s+the|as\\s+a|a|our)\\s+[\"\u201C]?([A-Z]?[a-z]{3,20})\\b");
    // "we, the Provider", "us (the Supplier)"
    static final Pattern WE_ARE = Pattern.compile("\\b(?:we|We|us)\\s*[,(]\\s*(?:the|as\\s+the)\\s+[\"\u201C]?([A-Z]?[a-z]{3,20})\\b");
    // 'the Customer ("you")', 'Acme ("we" or "us")'
    static final Pattern PRONOUN_DEFINED = Pattern.compile("\\(\\s*(?:the\\s+)?[\"\u201C](you|we|us)[\"\u201D]");
    // "between you and Acme", "Acme and you", "by you"
    private static final Pattern YOU_AS_PARTY = Pattern.compile("\\b(?:between|and|by)\\s+you\\b|\\byou\\s+and\\s+[A-Z]");

    private PronounBinder() {
    }

    /**
     * "you, the customer", 'the Customer ("you")', "between you and Acme": the pronouns of that party. When one
     * party is "we" and the other is not yet "you" (or the other way round), the pair is the drafter and its reader.
     */
    static void bind(String text, List<Party> parties) {
        if (!hasWord(text, "you") && !hasWord(text, "we") && !hasWord(text, "We") && !hasWord(text, "You")) {
            return;
        }
        linkPronoun(parties, AnchoredMatches.of(text, YOU_ARE, "you", "You"), "you");
        linkPronoun(parties, AnchoredMatches.of(text, WE_ARE, "we", "We", "us"), "we");
        for (MatchResult defined : AnchoredMatches.of(text, PRONOUN_DEFINED, "(")) {
            String pronoun = defined.group(1).toLowerCase(Locale.ROOT);
            String name = PreambleReader.nameBefore(text, defined.start()).name();
            if (name.isEmpty()) {
                continue;
            }
            for (int i = 0; i < parties.size(); i++) {
                Party party = parties.get(i);
                if (party.isNamed(name) && !hasPronoun(party, pronoun)) {
                    parties.set(i, PartyForms.withAlias(party, pronoun));
                    break;
                }
            }
        }
        Party we = withPronoun(parties, "we");
        Party you = withPronoun(parties, "you");
        int youUses = PartyForms.uses(text, new Party("you", List.of("you"), Role.UNKNOWN));
        int weUses = PartyForms.uses(text, new Party("we", List.of("we"), Role.UNKNOWN));
        List<Party> others = parties.stream().filter(p -> !RoleWords.isPronoun(p.name())
                && p.aliases().stream().noneMatch(RoleWords::isPronoun)).toList();
        if (we != null && you == null && youUses >= 5) {
            if (others.size() == 1) {
                parties.set(parties.indexOf(others.get(0)), PartyForms.withAlias(others.get(0), "you"));
            } else if (YOU_AS_PARTY.matcher(text.substring(0, Math.min(text.length(), 3000))).find()) {
                parties.add(new Party("you", List.of("you"), Role.UNKNOWN));
            }
        } else if (you != null && we == null && weUses >= 5 && others.size() == 1) {
            parties.set(parties.indexOf(others.get(0)), PartyForms.withAlias(others.get(0), "we"));
        } else if (we == null && you == null && weUses >= 5 && youUses >= 5 && others.size() == 1
                && YOU_AS_PARTY.matcher(text.substring(0, Math.min(text.length(), 3000))).find()) {
            // "These terms are between you and Acme Inc.": Acme speaks as "we".
            parties.set(parties.indexOf(others.get(0)), PartyForms.withAlias(others.get(0), "we"));
            parties.add(new Party("you", List.of("you"), Role.UNKNOWN));
        }
    }

    private static void linkPronoun(List<Party> parties, List<MatchResult> links, String pronoun) {
        for (MatchResult matcher : links) {
            String word = matcher.group(1);
            for (int i = 0; i < parties.size(); i++) {
                Party party = parties.get(i);
                boolean named = PartyBinder.findByTerm(List.of(party), word).isPresent();
                if (named && !hasPronoun(party, pronoun) && withPronoun(parties, pronoun) == null) {
                    parties.set(i, PartyForms.withAlias(party, pronoun));
                    return;
                }
            }
        }
    }

    private static Party withPronoun(List<Party> parties, String pronoun) {
        return parties.stream().filter(p -> hasPronoun(p, pronoun)).findFirst().orElse(null);
    }

    private static boolean hasPronoun(Party party, String pronoun) {
        boolean we = pronoun.equals("we") || pronoun.equals("us");
        return party.name().equals(we ? "we" : "you")
                || party.aliases().stream().anyMatch(a -> we ? RoleWords.isWe(a) : RoleWords.isYou(a));
    }

    private static boolean hasWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
