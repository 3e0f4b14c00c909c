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

    /** Vendor-drafted terms: "we"/"us" is the drafter (the vendor), "you" the customer. */
    private static boolean usesPronouns(String text) {
        Matcher we = Pattern.compile("\\b(?:[Ww]e|us|[Oo]ur)\\b").matcher(text);
        Matcher you = Pattern.compile("\\b(?:[Yy]ou|[Yy]our)\\b").matcher(text);
        int weCount = 0;
        int youCount = 0;
        while (we.find()) {
            weCount++;
        }
        while (you.find()) {
            youCount++;
        }
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

    private static Scored score(String text, Party party) {
        String alias = RoleNormalizer.aliasPattern(party);
        int mentions = count(Pattern.compile(alias), text);
        if (isPronounParty(party)) {
            mentions = Integer.MAX_VALUE / 2; // the pronoun pair is the main pair
        }
        int performs = count(Pattern.compile(alias + "\\s+(?:\\w+\\s+){0,2}?" + MODAL + "\\s+(?:\\w+\\s+){0,2}?" + PERFORM
                + "\\w*"), text);
        int pays = count(Pattern.compile(alias + "\\s+(?:\\w+\\s+){0,2}?" + MODAL + "\\s+(?:\\w+\\s+){0,2}?(?:pay|reimburse|compensate|remit)\\b"), text)
                + count(Pattern.compile("(?i:payable|paid|invoiced?)\\s+by\\s+(?:the\\s+)?" + alias), text);
        int paid = count(Pattern.compile("(?i:pay|payable|paid|compensate|reimburse|invoiced?)\\s+(?:\\w+\\s+){0,3}?to\\s+(?:the\\s+)?" + alias), text)
                + count(Pattern.compile(alias + "\\s+(?:shall|will|may)\\s+invoice"), text);
        int receives = count(Pattern.compile("(?i:services|deliverables|work\\s+product|support|software)\\s+(?:\\w+\\s+){0,4}?(?:to|for)\\s+(?:the\\s+)?"
                + alias + "(?!\\s+(?:shall|will|must|agrees))"), text);
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

    private static boolean isPronounParty(Party party) {
        return party.name().equals("we") || party.name().equals("you");
    }

    private static double roleWordScore(Party party) {
        double score = 0;
        for (String alias : party.aliases()) {
            String lower = alias.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
            if (CUSTOMER_WORDS.contains(lower)) {
                score -= 2.5;
            } else if (VENDOR_WORDS.contains(lower)) {
                score += 2.5;
            }
        }
        return Math.max(-2.5, Math.min(2.5, score));
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
