package org.clausecheck.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausecheck.analyze.inventory.ClauseInventory;
import org.clausecheck.analyze.inventory.InventoryClause;
import org.clausecheck.analyze.inventory.KeyParty;
import org.clausecheck.analyze.inventory.KeyTerm;
import org.clausecheck.analyze.inventory.KeyTerms;

/**
 * A contract's clause inventory and key terms as the audit's columns show them: plain values, small enough to keep
 * in every {@link AuditRow} and in the index's entry of the file, so that a re-audit writes them without reading
 * the stored document. Each term is "" where the contract does not state it.
 *
 * @param parties        the parties' names as written, in the order the contract names them
 * @param agreementDate  ISO date where the contract states one, else the term as read
 * @param effectiveDate  ISO date, or the term ("the date of the last signature")
 * @param expirationDate ISO date, or the term ("5 years after the Effective Date")
 * @param renewalTerm    "successive 1 year terms"
 * @param noticePeriod   the notice that stops a renewal ("90 days")
 * @param governingLaw   "Delaware"
 * @param categories     CUAD's names of the categories of clause found, in CUAD's order
 */
public record InventoryColumns(List<String> parties, String agreementDate, String effectiveDate,
                               String expirationDate, String renewalTerm, String noticePeriod, String governingLaw,
                               List<String> categories) {

    public InventoryColumns {
        parties = List.copyOf(parties);
        agreementDate = Objects.requireNonNullElse(agreementDate, "");
        effectiveDate = Objects.requireNonNullElse(effectiveDate, "");
        expirationDate = Objects.requireNonNullElse(expirationDate, "");
        renewalTerm = Objects.requireNonNullElse(renewalTerm, "");
        noticePeriod = Objects.requireNonNullElse(noticePeriod, "");
        governingLaw = Objects.requireNonNullElse(governingLaw, "");
        categories = List.copyOf(categories);
    }

    /** The columns of what the inventory reader found. */
    public static InventoryColumns of(ClauseInventory inventory) {
        KeyTerms terms = inventory.keyTerms();
        return new InventoryColumns(terms.parties().stream().map(KeyParty::name).toList(),
                value(terms.agreementDate()), value(terms.effectiveDate()), value(terms.expirationDate()),
                value(terms.renewalTerm()), value(terms.noticePeriodToTerminateRenewal()), value(terms.governingLaw()),
                inventory.clauses().stream().map(InventoryClause::category).toList());
    }

    private static String value(KeyTerm term) {
        return term == null ? "" : term.value();
    }

    /**
     * The value as a date when it is an ISO date, as the key-term reader writes every date a contract states; a
     * term such as "5 years after the Effective Date" is no date.
     */
    public static Optional<LocalDate> date(String value) {
        if (value.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
