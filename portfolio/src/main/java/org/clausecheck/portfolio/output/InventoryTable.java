package org.clausecheck.portfolio.output;

import java.util.ArrayList;
import java.util.List;
import org.clausecheck.inventory.InventoryCategories;
import org.clausecheck.portfolio.InventoryColumns;

/**
 * The clause inventory's columns, appended after the columns the audit wrote before it existed (so that a script
 * reading columns by position keeps working): the seven key terms, then one yes/no column per CUAD category, named
 * exactly as CUAD names it. One column per category rather than one list of names: a spreadsheet's filter on a
 * yes/no column is one click ("Change Of Control" = yes), combines across categories, and counts with COUNTIF;
 * a list in one cell needs a text filter that "contains" a name, which the user must type right.
 */
final class InventoryTable {

    /** The key terms: their CSV names (lower case with dashes, as the rule ids) and their titles. */
    enum Term {
        PARTIES("parties", "Parties", false),
        AGREEMENT_DATE("agreement-date", "Agreement date", true),
        EFFECTIVE_DATE("effective-date", "Effective date", true),
        EXPIRATION_DATE("expiration-date", "Expiration date", true),
        RENEWAL_TERM("renewal-term", "Renewal term", false),
        NOTICE_PERIOD("notice-period-to-terminate-renewal", "Notice period to terminate renewal", false),
        GOVERNING_LAW("governing-law", "Governing law", false);

        final String csvName;
        final String title;
        /** Whether the value is an ISO date where the contract states a date. */
        final boolean date;

        Term(String csvName, String title, boolean date) {
            this.csvName = csvName;
            this.title = title;
            this.date = date;
        }

        String value(InventoryColumns columns) {
            return switch (this) {
                case PARTIES -> String.join("; ", columns.parties());
                case AGREEMENT_DATE -> columns.agreementDate();
                case EFFECTIVE_DATE -> columns.effectiveDate();
                case EXPIRATION_DATE -> columns.expirationDate();
                case RENEWAL_TERM -> columns.renewalTerm();
                case NOTICE_PERIOD -> columns.noticePeriod();
                case GOVERNING_LAW -> columns.governingLaw();
            };
        }
    }

    static final String YES = "yes";
    static final String NO = "no";

    private InventoryTable() {
    }

    static List<String> categories() {
        return InventoryCategories.NAMES;
    }

    static List<String> csvHeader() {
        List<String> header = new ArrayList<>();
        for (Term term : Term.values()) {
            header.add(term.csvName);
        }
        header.addAll(categories());
        return header;
    }

    /** The row's cells as text, in {@link #csvHeader()}'s order; all empty for a file without an inventory. */
    static List<String> values(InventoryColumns columns) {
        List<String> values = new ArrayList<>();
        for (Term term : Term.values()) {
            values.add(columns == null ? "" : term.value(columns));
        }
        for (String category : categories()) {
            values.add(columns == null ? "" : columns.categories().contains(category) ? YES : NO);
        }
        return values;
    }
}
