package org.clausecheck.annotate.compare;

import java.util.Objects;
import org.clausecheck.analyze.finding.Status;

/**
 * One protection in two drafts.
 *
 * @param ruleId         the rule's id
 * @param title          the rule's title
 * @param required       true for a required protection
 * @param before         its status in the old draft, as {@code check} gives it alone
 * @param after          its status in the new draft
 * @param change         how it moved
 * @param evidenceBefore the quote the old draft's finding rests on first, or ""
 * @param evidenceAfter  the quote the new draft's finding rests on first, or ""
 */
public record ProtectionChange(String ruleId, String title, boolean required, Status before, Status after,
                               Change change, String evidenceBefore, String evidenceAfter) {

    public ProtectionChange {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(change, "change");
    }
}
