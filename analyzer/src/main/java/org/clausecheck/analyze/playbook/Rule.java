package org.clausecheck.analyze.playbook;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One protection the customer wants, as data.
 *
 * @param id             stable id, never changed between versions ("ip-ownership")
 * @param title          short title for reports
 * @param category       grouping ("core", "data-security")
 * @param severity       required or recommended
 * @param rationale      why the customer needs it
 * @param headingHints   words of headings under which evidence is more credible
 * @param satisfied      patterns whose match provides the protection
 * @param weak           patterns whose match provides it only in part
 * @param contrary       patterns whose match gives the opposite
 * @param weakening      patterns that, in the same sentence as a satisfying match, make it weak
 * @param recommendation the language to request when the protection is not met
 * @param examples       excerpts with expected statuses
 * @param coverage       what a grant must reach in some contracts (AI artefacts in AI work), or null
 */
public record Rule(String id, String title, String category, Severity severity, String rationale,
                   List<String> headingHints, List<RulePattern> satisfied, List<RulePattern> weak,
                   List<RulePattern> contrary, List<RulePattern> weakening, String recommendation,
                   List<RuleExample> examples, Coverage coverage) implements Serializable {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(recommendation, "recommendation");
        headingHints = List.copyOf(headingHints);
        satisfied = List.copyOf(satisfied);
        weak = List.copyOf(weak);
        contrary = List.copyOf(contrary);
        weakening = List.copyOf(weakening);
        examples = List.copyOf(examples);
    }
}
