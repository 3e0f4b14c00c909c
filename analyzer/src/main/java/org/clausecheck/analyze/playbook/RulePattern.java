package org.clausecheck.analyze.playbook;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One pattern of a rule, in the playbook's pattern language.
 *
 * @param id         short name, unique within its rule, shown in reasons
 * @param match      the pattern
 * @param unless     a pattern that, in the same sentence, cancels the match; or null
 * @param headings   words one of which must appear in the sentence's headings for the match to count; empty for any
 * @param negation   what a negated match means
 * @param definitions whether matches in definitions and recitals count (normally they grant nothing)
 * @param unlessScope where in the sentence the exception must stand to cancel the match
 * @param description one line saying what the pattern recognises, for people who read or edit the playbook; "" when
 *                    the playbook gives none (optional in a user's playbook); never used to judge
 */
public record RulePattern(String id, String match, String unless, List<String> headings, NegationHandling negation,
                          boolean definitions, UnlessScope unlessScope, String description)
        implements Serializable {

    public RulePattern {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(negation, "negation");
        Objects.requireNonNull(unlessScope, "unlessScope");
        headings = List.copyOf(headings);
        description = description == null ? "" : description.strip();
    }

    /** A pattern without a description. */
    public RulePattern(String id, String match, String unless, List<String> headings, NegationHandling negation,
                       boolean definitions, UnlessScope unlessScope) {
        this(id, match, unless, headings, negation, definitions, unlessScope, "");
    }

    /** A pattern whose exception, if any, cancels it anywhere in the sentence. */
    public RulePattern(String id, String match, String unless, List<String> headings, NegationHandling negation,
                       boolean definitions) {
        this(id, match, unless, headings, negation, definitions, UnlessScope.SENTENCE, "");
    }
}
