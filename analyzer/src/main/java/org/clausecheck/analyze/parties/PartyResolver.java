package org.clausecheck.analyze.parties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which party is the customer and which the vendor. Behaviour counts most (the party that shall
 * perform, provide or deliver is the vendor; the party that shall pay, or to which services are provided, is
 * the customer); role words ("Client", "Supplier") add a smaller weight because they mislead ("Company" is
 * either side). Vendor-drafted terms that say "we" and "you" make the drafter the vendor.
 */
public final class PartyResolver {

    private static final Set<String> CUSTOMER_WORDS = Set.of("client", "customer", "purchaser", "buyer",
            "licensee", "subscriber", "employer", "owner", "sponsor", "principal", "recipient", "user");
    private static final Set<String> VENDOR_WORDS = Set.of("vendor", "supplier", "provider", "service provider",
            "contractor", "consultant", "developer", "licensor", "seller", "agency", "employee", "executive",
            "manager", "operator", "adviser", "advisor", "administrator", "servicer", "host", "integrator",
            "outsourcer", "cro", "agent", "programmer", "designer", "engineer", "freelancer", "processor");

    private static final String MODAL = "(?:shall|will|agrees?\\s+to|must|is\\s+to|undertakes?\\s+to)";
    private static final String PERFORM = "(?:perform|provide|deliver|develop|render|furnish|supply|host|maintain"
            + "|support|design|create|build|manufacture|implement|install|operate|conduct|carry\\s+out)";

    private PartyResolver() {
    }

    /**
     * @param text             the document text
     * @param customerOverride the customer's name or defined term given by the user, or null
     */
    public static PartyResolution resolve(String text, String customerOverride) {
        List<Party> parties = new ArrayList<>(PreambleReader.read(text));
        if (parties.size() < 2) {
            parties = withRoleWords(text, parties);
        }
        // Vendor-drafted terms speak as "we" to "you"; only when the preamble names no pair of parties.
        if (parties.size() < 2 && usesPronouns(text)) {
            parties = withPronouns(parties);
        }
        if (parties.size() < 2) {
            return new PartyResolution(parties, false, 0.0, parties.isEmpty()
                    ? "no parties found in the preamble" : "only one party found in the preamble");
        }
        if (customerOverride != null && !customerOverride.isBlank()) {
            Optional<Party> named = parties.stream().filter(p -> p.isNamed(customerOverride)).findFirst();
            if (named.isPresent()) {
                return decide(parties, named.get(), otherMain(parties, named.get()), 1.0,
                        "customer given by the user as \"" + customerOverride.strip() + "\"");
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (Party party : parties) {
            scored.add(score(text, party));
        }
        // The two most mentioned parties are the main pair; more parties (guarantors, affiliates) stay unknown.
        scored.sort(Comparator.comparingInt(Scored::mentions).reversed());
        Scored first = scored.get(0);
        Scored second = scored.get(1);
        double difference = first.vendorScore() - second.vendorScore();
        if (Math.abs(difference) < 0.5) {
            return new PartyResolution(parties, false, 0.0, "no behaviour or role word tells "
                    + first.party().name() + " and " + second.party().name() + " apart");
        }
        Scored vendor = difference > 0 ? first : second;
        Scored customer = difference > 0 ? second : first;
        double evidence = Math.abs(difference);
        double confidence = Math.min(0.95, 0.5 + evidence / (evidence + 4.0));
        String reason = customer.party().name() + " is the customer and " + vendor.party().name()
                + " the vendor: " + vendor.explanation() + "; " + customer.explanation();
        return decide(parties, customer.party(), vendor.party(), confidence, reason);
    }

    private static Party otherMain(List<Party> parties, Party customer) {
        return parties.stream().filter(p -> p != customer).findFirst().orElseThrow();
    }

    private static PartyResolution decide(List<Party> parties, Party customer, Party vendor, double confidence,
                                          String reason) {
        List<Party> ordered = new ArrayList<>();
        ordered.add(customer.withRole(Role.CUSTOMER));
        ordered.add(vendor.withRole(Role.VENDOR));
        for (Party party : parties) {
            if (party != customer && party != vendor) {
                ordered.add(party);
            }
        }
        return new PartyResolution(ordered, true, confidence, reason);
    }

    /**
     * No preamble pair: capitalised role words the contract keeps using ("the Company", "the Executive") stand
     * in as parties. The two most used, one of each side when possible.
     */
    private static List<Party> withRoleWords(String text, List<Party> found) {
        List<Party> result = new ArrayList<>(found);
        List<String> words = new ArrayList<>(CUSTOMER_WORDS);
        words.addAll(VENDOR_WORDS);
        words.add("company");
        // Set.of iterates in a different order in every JVM: sorted, equally frequent words tie the same way.
        words.sort(Comparator.naturalOrder());
        List<Party> candidates = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (String word : words) {
            String term = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (term.length() < 3 || found.stream().anyMatch(p -> p.aliases().contains(term))) {
                continue;
            }
            Party party = new Party(term, List.of(term), Role.UNKNOWN);
            int count = RoleNormalizer.find(text, party).size();
            if (count >= 3) {
                candidates.add(party);
                counts.add(count);
            }
        }
        while (result.size() < 2 && !candidates.isEmpty()) {
            int best = 0;
            for (int i = 1; i < candidates.size(); i++) {
                if (counts.get(i) > counts.get(best)) {
                    best = i;
                }
            }
            result.add(candidates.remove(best));
            counts.remove(best);
        }
        return result;
    }

    /** Vendor-drafted terms: "we"/"us" is the drafter (the vendor), "you" the customer. */
    private static boolean usesPronouns(String text) {
        Party we = new Party("we", List.of(), Role.UNKNOWN);
        Party you = new Party("you", List.of(), Role.UNKNOWN);
        int weCount = RoleNormalizer.find(text, we).size();
        int youCount = RoleNormalizer.find(text, you).size();
        int words = Math.max(1, text.length() / 6);
        return youCount >= 5 && weCount >= 5 && (youCount + weCount) * 100 / words >= 1;
    }

    private static List<Party> withPronouns(List<Party> parties) {
        List<Party> result = new ArrayList<>();
        Party weParty = null;
        Party youParty = null;
        for (Party party : parties) {
            boolean we = party.aliases().stream().anyMatch(a -> Set.of("we", "us", "our").contains(a.toLowerCase(Locale.ROOT)));
            boolean you = party.aliases().stream().anyMatch(a -> a.equalsIgnoreCase("you"));
            if (we) {
                weParty = party;
            } else if (you) {
                youParty = party;
            }
        }
        if (weParty == null) {
            weParty = new Party("we", List.of("we", "We", "us", "our", "Our"), Role.UNKNOWN);
            result.add(weParty);
        }
        if (youParty == null) {
            youParty = new Party("you", List.of("you", "You", "your", "Your"), Role.UNKNOWN);
            result.add(youParty);
        }
        // Pronoun parties lead: in vendor-drafted terms they are the main pair.
        List<Party> ordered = new ArrayList<>(result);
        for (Party party : parties) {
            if (!ordered.contains(party)) {
                ordered.add(party);
            }
        }
        return ordered;
    }

    private record Scored(Party party, int mentions, double vendorScore, String explanation) {
    }

    // Behaviour around each mention, read in a short window after (or before) it: cheap, one pass per party.
    static final Pattern PERFORMS_AFTER = Pattern.compile("^\\s+(?:\\w+\\s+){0,2}?" + MODAL
            + "\\s+(?:\\w+\\s+){0,2}?" + PERFORM + "\\w*");
    static final Pattern PAYS_AFTER = Pattern.compile("^\\s+(?:\\w+\\s+){0,2}?" + MODAL
            + "\\s+(?:\\w+\\s+){0,2}?(?:pay|reimburse|compensate|remit)\\b");
    private static final Pattern INVOICES_AFTER = Pattern.compile("^\\s+(?:shall|will|may)\\s+invoice");
    static final Pattern PAID_BY_BEFORE = Pattern.compile("(?i:payable|paid|invoiced?)\\s+by\\s+(?:the\\s+)?$");
    static final Pattern PAID_TO_BEFORE = Pattern.compile(
            "(?i:pay|payable|paid|compensate|reimburse|invoiced?)\\s+(?:\\w+\\s+){0,3}?to\\s+(?:the\\s+)?$");
    static final Pattern RECEIVES_BEFORE = Pattern.compile(
            "(?i:services|deliverables|work\\s+product|support|software)\\s+(?:\\w+\\s+){0,4}?(?:to|for)\\s+(?:the\\s+)?$");
    // The three expressions above, tried only where what they start with stands.
    static final LiteralStartSearch PAID_BY_SEARCH = new LiteralStartSearch("pa", "invoice");
    static final LiteralStartSearch PAID_TO_SEARCH = new LiteralStartSearch("pa", "compensate", "reimburse", "invoice");
    static final LiteralStartSearch RECEIVES_SEARCH = new LiteralStartSearch("services", "deliverables", "work", "support",
            "software");
    private static final Pattern ACTS_AFTER = Pattern.compile("^\\s+(?:shall|will|must|agrees)");
    private static final int WINDOW = 90;
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");

    private static Scored score(String text, Party party) {
        int mentions = 0;
        int performs = 0;
        int pays = 0;
        int paid = 0;
        int receives = 0;
        // One matcher per expression, set to the window around each mention: a region with its default
        // opaque bounds reads exactly like a substring of the window, without copying it.
        Matcher performsAfter = PERFORMS_AFTER.matcher(text);
        Matcher paysAfter = PAYS_AFTER.matcher(text);
        Matcher invoicesAfter = INVOICES_AFTER.matcher(text);
        Matcher actsAfter = ACTS_AFTER.matcher(text);
        Matcher paidByBefore = PAID_BY_BEFORE.matcher(text);
        Matcher paidToBefore = PAID_TO_BEFORE.matcher(text);
        Matcher receivesBefore = RECEIVES_BEFORE.matcher(text);
        for (int[] mention : RoleNormalizer.find(text, party)) {
            mentions++;
            int afterEnd = Math.min(text.length(), mention[1] + WINDOW);
            // The expressions read after a mention all start with white space.
            boolean spaceAfter = mention[1] < afterEnd && isSpace(text.charAt(mention[1]));
            boolean modalAfter = spaceAfter && modalInFirstWords(text, mention[1], afterEnd);
            if (modalAfter && performsAfter.region(mention[1], afterEnd).lookingAt()) {
                performs++;
            }
            if (modalAfter && paysAfter.region(mention[1], afterEnd).lookingAt()) {
                pays++;
            }
            if (spaceAfter && invoicesAfter.region(mention[1], afterEnd).lookingAt()) {
                paid++;
            }
            String preposition = wordBefore(text, mention[0]);
            if (preposition.isEmpty()) {
                continue; // most mentions are subjects; the look-behind patterns need "to", "by" or "for"
            }
            int beforeStart = Math.max(0, mention[0] - WINDOW);
            if (preposition.equals("by")
                    && PAID_BY_SEARCH.find(paidByBefore, text, beforeStart, mention[0])) {
                pays++;
            }
            if (preposition.equals("to")
                    && PAID_TO_SEARCH.find(paidToBefore, text, beforeStart, mention[0])) {
                paid++;
            }
            if (RECEIVES_SEARCH.find(receivesBefore, text, beforeStart, mention[0])
                    && !(spaceAfter && actsAfter.region(mention[1], afterEnd).lookingAt())) {
                receives++;
            }
        }
        if (isPronounParty(party)) {
            mentions = Integer.MAX_VALUE / 2; // the pronoun pair is the main pair
        }
        double roleWord = roleWordScore(party);
        if (isPronounParty(party)) {
            roleWord = party.name().equals("we") ? 1.0 : -1.0; // the drafter of standard terms is usually the vendor
        }
        double score = 1.0 * performs + 1.5 * paid - 1.5 * pays - 0.5 * receives + roleWord;
        String explanation = party.name() + " performs " + performs + "x, pays " + pays + "x, is paid " + paid
                + "x, receives services " + receives + "x"
                + (roleWord != 0 ? (isPronounParty(party) ? ", pronoun of the " + (roleWord > 0 ? "drafter" : "reader")
                : ", role word " + (roleWord > 0 ? "of a vendor" : "of a customer")) : "");
        return new Scored(party, mentions, score, explanation);
    }

    private static final String[] MODAL_STARTS = {"shall", "will", "agree", "must", "is", "undertake"};

    /**
     * Whether one of the first three words after {@code from} starts like {@link #MODAL}, the words before it
     * being plain ({@code \w+}), as the behaviour expressions read them: cheaper than trying both.
     */
    static boolean modalInFirstWords(String text, int from, int to) {
        int at = from;
        for (int word = 0; word < 3; word++) {
            while (at < to && isSpace(text.charAt(at))) {
                at++;
            }
            for (String modal : MODAL_STARTS) {
                if (text.startsWith(modal, at) && at + modal.length() <= to) {
                    return true;
                }
            }
            int wordStart = at;
            while (at < to && isWordChar(text.charAt(at))) {
                at++;
            }
            if (at == wordStart || at == to || !isSpace(text.charAt(at))) {
                return false;
            }
        }
        return false;
    }

    /** A character of {@code \w}: an ASCII letter, digit or underscore. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** White space as {@code \s} of a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    /** "to", "by" or "for" when that word (maybe followed by "the") stands right before {@code at}; else "". */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (word.equals("the")) {
            return wordBefore(text, start);
        }
        return word.equals("to") || word.equals("by") || word.equals("for") ? word : "";
    }

    private static boolean isPronounParty(Party party) {
        return party.name().equals("we") || party.name().equals("you");
    }

    /** True for a role word of either side ("Client", "the Supplier", "Employee"). */
    static boolean isRoleWord(String term) {
        String lower = LEADING_THE.matcher(term.toLowerCase(Locale.ROOT)).replaceFirst("");
        return CUSTOMER_WORDS.contains(lower) || VENDOR_WORDS.contains(lower) || lower.equals("company");
    }

    private static double roleWordScore(Party party) {
        double score = 0;
        for (String alias : party.aliases()) {
            String lower = LEADING_THE.matcher(alias.toLowerCase(Locale.ROOT)).replaceFirst("");
            if (CUSTOMER_WORDS.contains(lower)) {
                score -= 2.5;
            } else if (VENDOR_WORDS.contains(lower)) {
                score += 2.5;
            }
        }
        return Math.max(-2.5, Math.min(2.5, score));
    }

}
