package org.clausecheck.analyze.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.Role;

/**
 * The roles line a lawyer reads: "Cobalt Ltd is the vendor: it performs the services and is paid. Acme Corp. is
 * the customer: it pays. Role words and behaviour agree (confidence 0.95)." It is built from what the party
 * resolution already carries (the parties with their roles, and the reason, whose behaviour counts
 * "Cobalt Ltd performs 4x, pays 0x, is paid 1x, receives services 0x, role word of a vendor" it puts in words), so
 * that the JSON report keeps the analyzer's reason unchanged while the formats people read show no counters.
 */
final class RolesInWords {

    /** One party's behaviour as the resolver writes it; the name is matched by the parties it knows. */
    private static final String COUNTS = " performs (\\d+)x, pays (\\d+)x, is paid (\\d+)x, receives services (\\d+)x"
            + "(?:, role word (leaning to |of )a (vendor|customer)|, pronoun of the (drafter|reader))?";

    /** "X is the customer and Y the vendor, BASIS: ..." as the resolver words a decision. */
    private static final Pattern DECISION = Pattern.compile("^.+? is the customer and .+? the vendor, (.+?): .*$");

    private RolesInWords() {
    }

    /** The whole roles line. */
    static String describe(PartyResolution resolution) {
        if (!resolution.decided()) {
            return "undecided: " + inWords(resolution, ReportText.oneLine(resolution.reason()));
        }
        List<String> sentences = new ArrayList<>();
        resolution.vendor().ifPresent(vendor -> sentences.add(sentence(resolution, vendor)));
        resolution.customer().ifPresent(customer -> sentences.add(sentence(resolution, customer)));
        String reason = ReportText.oneLine(resolution.reason());
        Matcher decision = DECISION.matcher(reason);
        String basis = decision.matches() ? decision.group(1) : inWords(resolution, reason);
        sentences.add(capitalised(basis) + " (confidence " + ReportText.confidence(resolution.confidence()) + ")");
        return String.join(". ", sentences) + ".";
    }

    /** "Cobalt Ltd is the vendor: it performs the services and is paid, and its defined term is a vendor's". */
    private static String sentence(PartyResolution resolution, Party party) {
        String role = party.role() == Role.VENDOR ? "vendor" : "customer";
        String lead = shown(party) + " is the " + role;
        Optional<Behaviour> behaviour = behaviour(resolution.reason(), party.name());
        if (behaviour.isEmpty()) {
            return lead;
        }
        List<String> says = new ArrayList<>();
        String acts = behaviour.get().actsFor(party.role());
        if (!acts.isEmpty()) {
            says.add("it " + acts);
        }
        String wording = behaviour.get().wording();
        if (!wording.isEmpty()) {
            says.add(wording.startsWith("its defined term") ? calledBy(party, wording) : wording);
        }
        return says.isEmpty() ? lead : lead + ": " + String.join(", and ", says);
    }

    /** The reason with every party's counts replaced by what the party does, for the undecided cases. */
    private static String inWords(PartyResolution resolution, String reason) {
        String words = reason;
        for (Party party : resolution.parties()) {
            Matcher counts = Pattern.compile(Pattern.quote(ReportText.oneLine(party.name())) + COUNTS).matcher(words);
            StringBuilder replaced = new StringBuilder();
            while (counts.find()) {
                Behaviour behaviour = Behaviour.of(counts);
                String acts = behaviour.allActs();
                String text = ReportText.oneLine(party.name()) + (acts.isEmpty() ? " does nothing the text ties to a side"
                        : " " + acts) + (behaviour.wording().isEmpty() ? "" : " (" + behaviour.wording() + ")");
                counts.appendReplacement(replaced, Matcher.quoteReplacement(text));
            }
            counts.appendTail(replaced);
            words = replaced.toString();
        }
        return words;
    }

    private static Optional<Behaviour> behaviour(String reason, String name) {
        Matcher counts = Pattern.compile(Pattern.quote(ReportText.oneLine(name)) + COUNTS)
                .matcher(ReportText.oneLine(reason));
        return counts.find() ? Optional.of(Behaviour.of(counts)) : Optional.empty();
    }

    /** A party the text only calls "you" or "we" is shown in quotes, so that the sentence still reads. */
    private static String shown(Party party) {
        String name = ReportText.oneLine(party.name());
        return name.equals(name.toLowerCase(java.util.Locale.ROOT)) ? "\u201C" + name + "\u201D" : name;
    }

    /** "the contract calls it “Provider”, a vendor's word", when the party has a defined term to quote. */
    private static String calledBy(Party party, String wording) {
        Optional<String> term = party.aliases().stream().filter(alias -> !alias.equals(party.name())).findFirst();
        if (term.isEmpty()) {
            return wording;
        }
        String side = wording.substring(wording.lastIndexOf(' ') + 1).replace("'s", "");
        return "the contract calls it \u201C" + ReportText.oneLine(term.get()) + "\u201D"
                + (wording.contains("leans") ? ", a word that leans to a " + side : ", a " + side + "'s word");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** What the text shows one party doing, and what its defined term says. */
    private record Behaviour(int performs, int pays, int paid, int receives, String wording) {

        static Behaviour of(Matcher counts) {
            String wording = "";
            if (counts.group(6) != null) {
                wording = "its defined term " + (counts.group(5).startsWith("leaning") ? "leans to" : "is")
                        + " a " + counts.group(6) + "'s";
            } else if (counts.group(7) != null) {
                wording = counts.group(7).equals("drafter") ? "it is the drafter, “we”" : "it is the reader, “you”";
            }
            return new Behaviour(Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)),
                    Integer.parseInt(counts.group(3)), Integer.parseInt(counts.group(4)), wording);
        }

        /** The acts that speak for the role the party was given: a vendor performs and is paid, a customer pays. */
        String actsFor(Role role) {
            return role == Role.VENDOR ? join(performs > 0 ? "performs the services" : "", paid > 0 ? "is paid" : "")
                    : join(pays > 0 ? "pays" : "", receives > 0 ? "receives the services" : "");
        }

        String allActs() {
            return join(performs > 0 ? "performs the services" : "", paid > 0 ? "is paid" : "", pays > 0 ? "pays" : "",
                    receives > 0 ? "receives the services" : "");
        }

        private static String join(String... acts) {
            List<String> present = new ArrayList<>();
            for (String act : acts) {
                if (!act.isEmpty()) {
                    present.add(act);
                }
            }
            if (present.size() <= 1) {
                return String.join("", present);
            }
            return String.join(", ", present.subList(0, present.size() - 1)) + " and " + present.get(present.size() - 1);
        }
    }
}
