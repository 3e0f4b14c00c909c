package org.clausecheck.portfolio.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters on the clause inventory and key terms that the audit stored per contract. Every one given must hold.
 *
 * @param category      a CUAD category the contract contains, named exactly as CUAD names it, or null
 * @param expiresBefore only contracts whose expiration date is earlier than this, or null
 * @param expiresAfter  only contracts whose expiration date is later than this, or null
 * @param governingLaw  only contracts whose governing law contains this text, in any case, or null
 * @param renews        only contracts that state a renewal term (they renew unless notice is given)
 */
public record InventoryFilter(String category, LocalDate expiresBefore, LocalDate expiresAfter, String governingLaw,
                             boolean renews) {

    public static final InventoryFilter NONE = new InventoryFilter(null, null, null, null, false);

    public InventoryFilter {
        category = category == null || category.isBlank() ? null : category.strip();
        governingLaw = governingLaw == null || governingLaw.isBlank() ? null : governingLaw.strip();
        if (expiresBefore != null && expiresAfter != null && !expiresAfter.isBefore(expiresBefore)) {
            throw new IllegalArgumentException("--expires-after " + expiresAfter + " must be earlier than"
                    + " --expires-before " + expiresBefore + ": no date is later than one and earlier than the other");
        }
    }

    public boolean any() {
        return category != null || expiresBefore != null || expiresAfter != null || governingLaw != null || renews;
    }

    /** "Change Of Control, renewing, expiring after 2026-12-07 and before 2027-03-07, governing law Delaware". */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (category != null) {
            parts.add(category);
        }
        if (renews) {
            parts.add("a renewal term");
        }
        if (expiresAfter != null && expiresBefore != null) {
            parts.add("expiring after " + expiresAfter + " and before " + expiresBefore);
        } else if (expiresAfter != null) {
            parts.add("expiring after " + expiresAfter);
        } else if (expiresBefore != null) {
            parts.add("expiring before " + expiresBefore);
        }
        if (governingLaw != null) {
            parts.add("governing law '" + governingLaw + "'");
        }
        return String.join(", ", parts);
    }
}
