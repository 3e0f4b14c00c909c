package org.clausecheck.analyze.structure;

import java.util.List;
import java.util.Objects;

/**
 * A numbered or headed part of a contract.
 *
 * @param index         0-based position among the document's clauses
 * @param sectionNumber the number as printed ("7.2", "Article IV"), or null for unnumbered text
 * @param title         the clause's own title ("Intellectual Property"), or "" when it has none
 * @param headingPath   the headings it stands under, outermost first
 * @param page          page of its first character, 0 when the format has no pages
 * @param start         offset of its first character in the document text
 * @param end           offset after its last character
 */
public record Clause(int index, String sectionNumber, String title, List<String> headingPath, int page, int start,
                     int end) {

    public Clause {
        Objects.requireNonNull(title, "title");
        headingPath = List.copyOf(headingPath);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad clause offsets [" + start + ", " + end + ")");
        }
    }

    /** Headings above the clause and its own title, joined for display and heading hints. */
    public String headingContext() {
        StringBuilder context = new StringBuilder(String.join(" > ", headingPath));
        if (!title.isEmpty()) {
            context.append(context.length() > 0 ? " > " : "").append(title);
        }
        return context.toString();
    }
}
