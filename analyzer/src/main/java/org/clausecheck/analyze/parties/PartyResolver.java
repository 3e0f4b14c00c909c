package org.clausecheck.analyze.parties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which party is the customer and which the vendor, from two kinds of evidence: the terms the contract
 * defines for them ("Client", "Supplier"; a role word of a confidentiality clause or a user story says little,
 * "Company" nothing) and behaviour (the party that shall perform, provide or deliver is the vendor; the party that
 * shall pay, or to which services are provided, is the customer). The confidence says how much evidence there is:
 * 0.95 only when both kinds speak and agree, less when one kind speaks alone, and no decision when they disagree
 * strongly. Vendor-drafted terms that say "we" and "you" make the drafter the vendor.
 */
public final class PartyResolver {

    /** How far the role words of the pair must differ to speak: one strong word, or two weak opposite ones. */
    private static final double ROLE_SPEAKS = 0.8;
    /** How far the behaviour of the pair must differ to speak: a payment, or two duties to perform. */
    private static final double BEHAVIOUR_SPEAKS = 1.5;
    /** Behaviour this far apart against the role words: the two disagree strongly. */
    private static final double BEHAVIOUR_STRONG = 3.0;
    /** What a role word weighs against behaviour when the two are combined. */
    private static final double ROLE_WEIGHT = 2.5;

    private PartyResolver() {
    }

    /**
     * @param text             the document text
     * @param customerOverride the customer's name or defined term given by the user, or null
     * @throws CustomerNotFoundException when {@code customerOverride} occurs nowhere in the text
     */
    public static PartyResolution resolve(String text, String customerOverride) {
        List<Party> parties = PartyBinder.bindNames(text, PreambleReader.read(text));
        if (parties.size() < 2) {
            parties = withRoleWords(text, parties);
        }
        parties = PartyForms.bind(text, parties);
        // Vendor-drafted terms speak as "we" to "you"; only when the document names no pair of parties.
        if (parties.size() < 2 && usesPronouns(text)) {
            parties = withPronouns(parties);
        }
        List<Scored> scored = scored(text, parties);
        PartyResolution automatic = decide(scored);
        if (customerOverride != null && !customerOverride.isBlank()) {
            return CustomerOverride.apply(text, scored.stream().map(Scored::party).toList(), parties, customerOverride,
                    automatic);
        }
        return automatic;
    }

    /** Each party with its evidence, the most mentioned first; pronoun parties lead. */
    private static List<Scored> scored(String text, List<Party> parties) {
        List<Scored> scored = new ArrayList<>();
        for (Party party : parties) {
            BehaviourEvidence behaviour = BehaviourEvidence.of(text, party);
            int mentions = isPronounParty(party) ? Integer.MAX_VALUE / 2 : behaviour.mentions();
            scored.add(new Scored(party, mentions, roleSide(party), behaviour));
        }
        // The two most mentioned parties are the main pair; more parties (guarantors, affiliates) stay unknown.
        scored.sort(Comparator.comparingInt(Scored::mentions).reversed());
        return scored;
    }

    private static PartyResolution decide(List<Scored> scored) {
        List<Party> parties = scored.stream().map(Scored::party).toList();
        if (parties.size() < 2) {
            return new PartyResolution(parties, false, 0.0, parties.isEmpty()
                    ? "no parties found" : "only one party found: " + parties.get(0).label());
        }
        Scored first = scored.get(0);
        Scored second = scored.get(1);
        double role = first.role() - second.role(); // positive: the first is the vendor
        double behaviour = first.behaviour().vendorScore() - second.behaviour().vendorScore();
        boolean roleSpeaks = Math.abs(role) >= ROLE_SPEAKS;
        boolean behaviourSpeaks = Math.abs(behaviour) >= BEHAVIOUR_SPEAKS;
        String evidence = first.explanation() + "; " + second.explanation();
        double combined = ROLE_WEIGHT * role + behaviour;
        if (roleSpeaks && behaviourSpeaks && Math.signum(role) != Math.signum(behaviour)
                && Math.abs(behaviour) >= BEHAVIOUR_STRONG) {
            Scored roleVendor = role > 0 ? first : second;
            Scored actingVendor = behaviour > 0 ? first : second;
            return new PartyResolution(parties, false, 0.0, "role words make " + roleVendor.party().name()
                    + " the vendor but behaviour makes " + actingVendor.party().name() + " the vendor: " + evidence);
        }
        double confidence;
        String basis;
        double direction;
        if (roleSpeaks && behaviourSpeaks && Math.signum(role) == Math.signum(behaviour)) {
            confidence = Math.abs(behaviour) >= 2.5 || Math.abs(role) >= 1.5 ? 0.95 : 0.9;
            basis = "role words and behaviour agree";
            direction = role;
        } else if (roleSpeaks && behaviourSpeaks) {
            confidence = 0.55;
            basis = "role words and behaviour disagree, the stronger decides";
            direction = combined;
        } else if (roleSpeaks) {
            boolean opposed = Math.signum(behaviour) == -Math.signum(role) && Math.abs(behaviour) >= 0.5;
            confidence = opposed ? 0.6 : Math.abs(role) >= 1.5 ? 0.8 : 0.7;
            basis = opposed ? "role words only, behaviour leans the other way" : "role words only";
            direction = role;
        } else if (behaviourSpeaks) {
            confidence = 0.55 + 0.25 * Math.min(1.0, (Math.abs(behaviour) - BEHAVIOUR_SPEAKS) / 6.0);
            basis = "behaviour only";
            direction = behaviour;
        } else if (Math.abs(combined) >= 1.0) {
            confidence = 0.5;
            basis = "weak evidence";
            direction = combined;
        } else {
            return new PartyResolution(parties, false, 0.0, "no behaviour or role word tells "
                    + first.party().name() + " and " + second.party().name() + " apart: " + evidence);
        }
        Scored vendor = direction > 0 ? first : second;
        Scored customer = direction > 0 ? second : first;
        String reason = customer.party().name() + " is the customer and " + vendor.party().name() + " the vendor, "
                + basis + ": " + vendor.explanation() + "; " + customer.explanation();
        return decided(parties, customer.party(), vendor.party(), Math.round(confidence * 1000) / 1000.0, reason);
    }

    private static PartyResolution decided(List<Party> parties, Party customer, Party vendor, double confidence,
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

    /** The side a party's terms speak for: -1 customer .. +1 vendor; the drafter's "we" is the vendor. */
    private static double roleSide(Party party) {
        if (isPronounParty(party) || party.aliases().stream().anyMatch(RoleWords::isPronoun)) {
            boolean we = party.name().equals("we") || party.aliases().stream().anyMatch(RoleWords::isWe);
            boolean you = party.name().equals("you") || party.aliases().stream().anyMatch(RoleWords::isYou);
            if (we != you) {
                return we ? RoleWords.STRONG : -RoleWords.STRONG;
            }
        }
        double side = 0;
        for (String alias : party.aliases()) {
            side += RoleWords.side(alias);
        }
        return Math.max(-RoleWords.STRONG, Math.min(RoleWords.STRONG, side));
    }

    /**
     * No pair of parties: capitalised role words the contract keeps using ("the Company", "the Executive") stand
     * in as parties, the two most used, never a word of a confidentiality clause or a user story ("Recipient",
     * "User") on its own.
     */
    private static List<Party> withRoleWords(String text, List<Party> found) {
        List<Party> result = new ArrayList<>(found);
        List<String> words = new ArrayList<>(RoleWords.strongWords());
        words.add("Company");
        words.sort(Comparator.naturalOrder()); // equally frequent words tie the same way in every run
        List<Party> candidates = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (String term : words) {
            if (term.length() < 3 || found.stream().anyMatch(p -> PartyBinder.findByTerm(List.of(p), term).isPresent())) {
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

    private static boolean isPronounParty(Party party) {
        return party.name().equals("we") || party.name().equals("you");
    }

    private record Scored(Party party, int mentions, double role, BehaviourEvidence behaviour) {

        String explanation() {
            String roleText = "";
            if (role != 0) {
                roleText = isPronounParty(party) || party.aliases().stream().anyMatch(RoleWords::isPronoun)
                        ? ", pronoun of the " + (role > 0 ? "drafter" : "reader")
                        : ", role word " + (Math.abs(role) < RoleWords.STRONG ? "leaning to " : "of ")
                        + (role > 0 ? "a vendor" : "a customer");
            }
            return behaviour.explanation(party.name()) + roleText;
        }
    }
}
