package org.clausecheck.annotate.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clausecheck.analyze.inventory.KeyTerm;
import org.clausecheck.analyze.inventory.KeyTerms;

/**
 * A key term (parties, dates, renewal, notice, governing law) whose value differs between drafts.
 *
 * @param term   the term's name ("governing law")
 * @param before its value in the old draft, "" when not stated
 * @param after  its value in the new draft, "" when not stated
 */
public record KeyTermChange(String term, String before, String after) {

    public KeyTermChange {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** The terms that differ, in the order the inventory lists them. */
    public static List<KeyTermChange> between(KeyTerms before, KeyTerms after) {
        List<KeyTermChange> changes = new ArrayList<>();
        String partiesBefore = parties(before);
        String partiesAfter = parties(after);
        if (!partiesBefore.equals(partiesAfter)) {
            changes.add(new KeyTermChange("parties", partiesBefore, partiesAfter));
        }
        add(changes, "agreement date", before, after, KeyTerms::agreementDate);
        add(changes, "effective date", before, after, KeyTerms::effectiveDate);
        add(changes, "expiration date", before, after, KeyTerms::expirationDate);
        add(changes, "renewal term", before, after, KeyTerms::renewalTerm);
        add(changes, "notice to terminate renewal", before, after, KeyTerms::noticePeriodToTerminateRenewal);
        add(changes, "governing law", before, after, KeyTerms::governingLaw);
        return List.copyOf(changes);
    }

    private static void add(List<KeyTermChange> changes, String name, KeyTerms before, KeyTerms after,
                            Function<KeyTerms, KeyTerm> term) {
        String old = value(term.apply(before));
        String now = value(term.apply(after));
        if (!old.equals(now)) {
            changes.add(new KeyTermChange(name, old, now));
        }
    }

    private static String value(KeyTerm term) {
        return term == null ? "" : term.value();
    }

    private static String parties(KeyTerms terms) {
        return terms.parties().stream().map(p -> p.name() + " (" + p.role() + ")").sorted()
                .collect(Collectors.joining("; "));
    }
}
