package org.clausecheck.annotate;

import java.util.Objects;
import org.clausecheck.analyze.finding.Status;

/**
 * One comment to put in the contract: where it is anchored and what it says.
 *
 * @param ruleId  the rule the comment is about
 * @param status  the finding's status
 * @param quote   the text the comment is anchored on, as extracted; "" anchors it on the document's title
 * @param start   offset of the quote in the extracted text (0 for the title)
 * @param comment the comment's text: status, rule title, reason and the language to request
 */
public record Annotation(String ruleId, Status status, String quote, int start, String comment) {

    public Annotation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(comment, "comment");
        if (start < 0) {
            throw new IllegalArgumentException("negative offset " + start);
        }
    }

    /** True when the comment stands at the document's title, for a MISSING protection with no related passage. */
    public boolean atTitle() {
        return quote.isEmpty();
    }
}
