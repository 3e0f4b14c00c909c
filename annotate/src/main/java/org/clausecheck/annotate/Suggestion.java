package org.clausecheck.annotate;

import java.util.Objects;

/**
 * Language to insert into a contract as a tracked insertion ({@code check --annotate --suggest}): what a required
 * protection that is MISSING asks for, at the end of the section its most related passage stands in.
 *
 * @param ruleId        the rule whose requested language this is
 * @param language      the text to insert, the finding's recommendation as the report gives it
 * @param passageStart  offset in the extracted text of the most related passage, or -1 when there is none (the
 *                      language then goes at the end of the document)
 */
public record Suggestion(String ruleId, String language, int passageStart) {

    public Suggestion {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(language, "language");
        if (language.isBlank()) {
            throw new IllegalArgumentException("no language to suggest for " + ruleId);
        }
        if (passageStart < -1) {
            throw new IllegalArgumentException("impossible passage offset " + passageStart);
        }
    }

    /** True when no passage relates to the protection, so the language goes at the end of the document. */
    public boolean atDocumentEnd() {
        return passageStart < 0;
    }
}
