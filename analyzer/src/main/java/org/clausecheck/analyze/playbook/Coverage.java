package org.clausecheck.analyze.playbook;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a satisfying grant must reach when the contract is of a kind: for AI work, ownership of
 * "Deliverables" must reach prompts, pipelines and models, in the grant itself or in the definition of a
 * term it uses. A grant that does not is WEAK.
 *
 * @param appliesWhen a pattern; when it matches anywhere in the contract, the coverage is required
 * @param reaches     a pattern that the grant's sentence, or the definition of a term in it, must match
 * @param description what is missing, for the reason shown to the reviewer
 */
public record Coverage(String appliesWhen, String reaches, String description) implements Serializable {

    public Coverage {
        Objects.requireNonNull(appliesWhen, "appliesWhen");
        Objects.requireNonNull(reaches, "reaches");
        Objects.requireNonNull(description, "description");
    }
}
