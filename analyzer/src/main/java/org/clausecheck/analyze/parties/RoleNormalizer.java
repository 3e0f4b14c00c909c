package org.clausecheck.analyze.parties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every place the customer and the vendor are named (name, defined terms, pronouns) so the analysis
 * field can read them as role tokens. The original text is kept for evidence.
 */
public final class RoleNormalizer {

    private static final Set<String> PRONOUN_FORMS_WE = Set.of("we", "We", "us", "our", "Our", "ours");
    private static final Set<String> PRONOUN_FORMS_YOU = Set.of("you", "You", "your", "Your", "yours");

    private RoleNormalizer() {
    }

    /** Mentions of the parties, sorted and without overlaps; undecided parties as {@link Role#UNKNOWN}. */
    public static List<RoleMention> mentions(String text, PartyResolution parties) {
        List<RoleMention> mentions = new ArrayList<>();
        for (Party party : parties.parties()) {
            // Undecided roles: every party reads as "either party", so rules still match, without direction.
            if (party.role() == Role.UNKNOWN && parties.decided()) {
                continue;
            }
            for (int[] span : find(text, party)) {
                // The possessive belongs to the mention: "Client's systems" reads as "xcustomerx systems".
                int end = span[1];
                if (text.startsWith("'s", end) || text.startsWith("\u2019s", end)) {
                    end += 2;
                }
                mentions.add(new RoleMention(span[0], end, party.role()));
            }
        }
        mentions.sort(Comparator.comparingInt(RoleMention::start).thenComparing(m -> -m.end()));
        List<RoleMention> disjoint = new ArrayList<>();
        int covered = -1;
        for (RoleMention mention : mentions) {
            if (mention.start() >= covered) {
                disjoint.add(mention);
                covered = mention.end();
            }
        }
        return disjoint;
    }

    /**
     * Where a party is named, as [start, end) spans of whole words, longest form first, without overlaps.
     * Plain {@code indexOf} per form: much faster than one regular expression of alternatives on long texts.
     */
    static List<int[]> find(String text, Party party) {
        // Each span packed as start and end in one number: sorted by start as numbers, then unpacked once.
        long[] spans = new long[16];
        int count = 0;
        BitSet taken = new BitSet(); // grows to the last mention only, unlike an array as long as the text
        for (String form : forms(party)) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                int end = at + form.length();
                boolean wordStart = at == 0 || !isWordChar(text.charAt(at - 1));
                boolean wordEnd = end >= text.length() || !isWordChar(text.charAt(end));
                if (!wordStart || !wordEnd) {
                    continue;
                }
                if (taken.get(at) || taken.get(end - 1)) {
                    continue;
                }
                taken.set(at, end);
                if (count == spans.length) {
                    spans = Arrays.copyOf(spans, count * 2);
                }
                spans[count++] = (long) at << 32 | end;
            }
        }
        Arrays.sort(spans, 0, count); // starts are distinct: no two spans overlap
        List<int[]> sorted = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sorted.add(new int[] {(int) (spans[i] >>> 32), (int) spans[i]});
        }
        return sorted;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile(",?\\s+(?i:inc|incorporated|llc|l\\.l\\.c|ltd|limited|corp|corporation"
            + "|co|company|plc|s\\.a|sa|gmbh|ag|b\\.v|bv|n\\.v|nv|lp|l\\.p|llp|s\\.a\\.s|sas|a/s|ab|pty|n\\.a)\\.?$");

    /** The name without a corporate suffix: "Commerce One" for "Commerce One, Inc.". */
    static String shortName(String name) {
        return CORPORATE_SUFFIX.matcher(name.strip()).replaceFirst("").strip();
    }

    static String titleCase(String upper) {
        StringBuilder title = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            title.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return title.toString();
    }

    /** A regular expression for a party's name and aliases, longest first, as whole words. */
    static String aliasPattern(Party party) {
        StringBuilder pattern = new StringBuilder("(?<![\\w])(?:");
        List<String> sorted = forms(party);
        for (int i = 0; i < sorted.size(); i++) {
            pattern.append(i > 0 ? "|" : "").append(Pattern.quote(sorted.get(i)));
        }
        return pattern.append(")(?![\\w])").toString();
    }

    /**
     * The ways a party is written: its terms and the forms the body uses, without "the", in capitals too; a
     * pronoun brings its whole family ("we", "We", "us", "our"); its name and short name; longest first.
     */
    static List<String> forms(Party party) {
        Set<String> forms = new LinkedHashSet<>();
        List<String> terms = new ArrayList<>(party.aliases());
        terms.addAll(party.otherForms());
        for (String alias : terms) {
            if (RoleWords.isWe(alias)) {
                forms.addAll(PRONOUN_FORMS_WE);
                continue;
            }
            if (RoleWords.isYou(alias)) {
                forms.addAll(PRONOUN_FORMS_YOU);
                continue;
            }
            String bare = LEADING_THE.matcher(alias).replaceFirst("");
            forms.add(bare);
            forms.add(bare.toUpperCase(Locale.ROOT));
            if (bare.equals(bare.toUpperCase(Locale.ROOT)) && bare.length() > 3) {
                forms.add(titleCase(bare)); // defined as "ACME", written as "Acme"
            }
        }
        String shortName = shortName(party.name());
        if (!shortName.equals(party.name()) && shortName.length() >= 4 && Character.isUpperCase(shortName.charAt(0))) {
            forms.add(shortName); // "Commerce One, Inc." is mostly written "Commerce One"
            if (shortName.equals(shortName.toUpperCase(Locale.ROOT))) {
                forms.add(titleCase(shortName));
            }
        }
        if (party.name().equals("we")) {
            forms.addAll(PRONOUN_FORMS_WE);
        } else if (party.name().equals("you")) {
            forms.addAll(PRONOUN_FORMS_YOU);
        } else if (party.name().length() >= 4) {
            forms.add(party.name());
            forms.add(party.name().toUpperCase(Locale.ROOT));
            if (party.name().equals(party.name().toUpperCase(Locale.ROOT))) {
                forms.add(titleCase(party.name())); // "BANKERS BANK" is "Bankers Bank" in the body
            }
        }
        forms.removeIf(String::isBlank);
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted;
    }
}
