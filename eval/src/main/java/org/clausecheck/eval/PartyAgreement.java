package org.clausecheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.parties.PartyResolution;

/**
 * Whether the analyzer took the customer the reviewer took. core-dev.csv writes each side as the reviewer read it,
 * the defined term and then the name in brackets: {@code Company / Employer (Theravance Biopharma UK Limited)},
 * {@code EHS and EHN (Emerald Health Sciences Inc.; Emerald Health Nutraceuticals Inc.)}.
 */
public final class PartyAgreement {

    /** How the analyzer's customer compares with the label. */
    public enum Verdict {
        /** The analyzer's customer is the labelled customer (or its vendor the labelled vendor). */
        RIGHT,
        /** The analyzer took the labelled vendor as customer, or the labelled customer as vendor. */
        SWAPPED,
        /** Decided, but on a party that is neither labelled side. */
        WRONG,
        /** The analyzer did not tell the parties apart. */
        UNDECIDED,
        /** No party label to compare with. */
        UNLABELLED
    }

    /** One side as labelled: its defined terms and its names. */
    public record Side(List<String> terms, List<String> names) {

        public Side {
            terms = List.copyOf(terms);
            names = List.copyOf(names);
        }

        boolean isEmpty() {
            return terms.isEmpty() && names.isEmpty();
        }

        /** "Term1 / Term2 (Name1; Name2)"; without brackets the whole cell is a term. */
        public static Side parse(String cell) {
            String text = cell == null ? "" : cell.strip();
            int open = text.indexOf('(');
            int close = text.lastIndexOf(')');
            String termPart = open >= 0 ? text.substring(0, open) : text;
            String namePart = open >= 0 && close > open ? text.substring(open + 1, close) : "";
            return new Side(split(termPart, TERM_SEPARATOR), split(namePart, NAME_SEPARATOR));
        }
    }

    private static final Pattern TERM_SEPARATOR = Pattern.compile("\\s*(?:/|;|,|\\band\\b)\\s*");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*;\\s*");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SUFFIX = Pattern.compile(
            "\\s(?:inc|incorporated|llc|ltd|limited|corp|corporation|co|company|plc|sa|ag|gmbh|bv|nv|lp|llp|na)$");

    private PartyAgreement() {
    }

    private static List<String> split(String part, Pattern separator) {
        List<String> items = new ArrayList<>();
        for (String item : separator.split(part.strip())) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** The analyzer's decision against the labelled customer and vendor. */
    public static Verdict judge(Side customer, Side vendor, PartyResolution resolution) {
        if (customer.isEmpty() || vendor.isEmpty()) {
            return Verdict.UNLABELLED;
        }
        if (!resolution.decided() || resolution.customer().isEmpty()) {
            return Verdict.UNDECIDED;
        }
        Party predictedCustomer = resolution.customer().get();
        boolean customerIsCustomer = matches(predictedCustomer, customer);
        boolean customerIsVendor = matches(predictedCustomer, vendor);
        if (customerIsCustomer && !customerIsVendor) {
            return Verdict.RIGHT;
        }
        if (customerIsVendor && !customerIsCustomer) {
            return Verdict.SWAPPED;
        }
        // A customer known only by a role word the label does not use, or matching both sides: the vendor decides.
        boolean knownByRoleOnly = predictedCustomer.aliases().contains(predictedCustomer.name());
        Party predictedVendor = resolution.vendor().orElse(null);
        if (predictedVendor != null && !customerIsCustomer && (knownByRoleOnly || customerIsVendor)) {
            boolean vendorIsVendor = matches(predictedVendor, vendor);
            boolean vendorIsCustomer = matches(predictedVendor, customer);
            if (vendorIsVendor && !vendorIsCustomer) {
                return customerIsVendor ? Verdict.WRONG : Verdict.RIGHT;
            }
            if (vendorIsCustomer && !vendorIsVendor) {
                return Verdict.SWAPPED;
            }
        }
        return Verdict.WRONG;
    }

    /** Whether a party's name or one of its terms is one of the side's terms or names, loosely compared. */
    static boolean matches(Party party, Side side) {
        List<String> labelled = new ArrayList<>();
        side.terms().forEach(term -> labelled.add(normal(term)));
        side.names().forEach(name -> labelled.add(normal(name)));
        List<String> predicted = new ArrayList<>();
        predicted.add(normal(party.name()));
        party.aliases().forEach(alias -> predicted.add(normal(alias)));
        party.otherForms().forEach(form -> predicted.add(normal(form)));
        for (String mine : predicted) {
            for (String theirs : labelled) {
                if (mine.isEmpty() || theirs.isEmpty()) {
                    continue;
                }
                if (mine.equals(theirs)) {
                    return true;
                }
                // A name read longer or shorter than the label's ("Acme" for "Acme Holdings") is the same party.
                if (mine.length() >= 4 && theirs.length() >= 4
                        && (startsWithWords(mine, theirs) || startsWithWords(theirs, mine))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithWords(String longer, String shorter) {
        return longer.startsWith(shorter) && (longer.length() == shorter.length() || longer.charAt(shorter.length()) == ' ');
    }

    /** Lower case, letters and digits only, without "the" and a corporate suffix. */
    static String normal(String text) {
        String lower = NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        lower = LEADING_THE.matcher(lower).replaceFirst("");
        return SUFFIX.matcher(lower).replaceFirst("").strip();
    }
}
