package org.clausecheck.analyze.parties;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausecheck.analyze.words.WordLists;

/**
 * The words contracts use for the sides, and how much each says about the side: "Client" and "Supplier" say a
 * lot, "Owner" and "User" a little (user stories, "owner of the data"), "Company" nothing, and the roles of a
 * confidentiality clause ("Recipient", "Disclosing Party") nothing about who buys and who performs.
 */
final class RoleWords {

    private static final WordLists WORDS = WordLists.read(RoleWords.class, "role-words.words");

    /** Side weight of a strong word: negative for the customer, positive for the vendor. */
    static final double STRONG = 1.0;
    /** Side weight of a weak word. */
    static final double WEAK = 0.4;

    private static final Set<String> CUSTOMER = WORDS.phrases("customer");
    private static final Set<String> VENDOR = WORDS.phrases("vendor");
    /** Customer-leaning, but used for other things too: the owner of data or premises, users of a system. */
    private static final Set<String> WEAK_CUSTOMER = WORDS.phrases("weak-customer");
    /** The roles of a confidentiality clause: either side may take them. */
    private static final Set<String> CONFIDENTIALITY = WORDS.phrases("confidentiality");
    /** Words for an individual who works for the other side: "the Company" is then the other one. */
    private static final Set<String> INDIVIDUAL = WORDS.phrases("individual");
    private static final Set<String> PRONOUNS_WE = WORDS.phrases("pronouns-we");
    private static final Set<String> PRONOUNS_YOU = WORDS.phrases("pronouns-you");

    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");

    private RoleWords() {
    }

    private static String bare(String term) {
        return LEADING_THE.matcher(term.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    }

    /** The side a term speaks for: -1 a customer word, +1 a vendor word, +-0.4 a weak word, 0 none. */
    static double side(String term) {
        String word = bare(term);
        if (CUSTOMER.contains(word)) {
            return -STRONG;
        }
        if (VENDOR.contains(word)) {
            return STRONG;
        }
        if (WEAK_CUSTOMER.contains(word)) {
            return -WEAK;
        }
        return 0;
    }

    /** Customer and vendor words that a body may use without defining them, as the contract would capitalise them. */
    static List<String> strongWords() {
        return java.util.stream.Stream.concat(CUSTOMER.stream(), VENDOR.stream())
                .filter(word -> !word.contains(" ") && !word.contains("-"))
                .map(RoleWords::capitalised)
                .sorted()
                .toList();
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** True for a word of either side, "Company", or a confidentiality role: a term that names a party. */
    static boolean isRoleWord(String term) {
        String word = bare(term);
        return CUSTOMER.contains(word) || VENDOR.contains(word) || WEAK_CUSTOMER.contains(word)
                || CONFIDENTIALITY.contains(word) || word.equals("company");
    }

    /** A customer or vendor word, or "Company": enough to stand for a party without a name. */
    static boolean isStrongOrCompany(String term) {
        String word = bare(term);
        return CUSTOMER.contains(word) || VENDOR.contains(word) || word.equals("company");
    }

    /** A word that says little on its own: from confidentiality clauses or user stories. */
    static boolean isWeak(String term) {
        String word = bare(term);
        return WEAK_CUSTOMER.contains(word) || CONFIDENTIALITY.contains(word);
    }

    static boolean isCompany(String term) {
        return bare(term).equals("company");
    }

    /** A word for an individual working for the other side ("Employee", "Consultant"). */
    static boolean isIndividual(String term) {
        return INDIVIDUAL.contains(bare(term));
    }

    static boolean isWe(String term) {
        return PRONOUNS_WE.contains(term.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isYou(String term) {
        return PRONOUNS_YOU.contains(term.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isPronoun(String term) {
        return isWe(term) || isYou(term);
    }
}
