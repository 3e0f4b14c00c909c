package org.clausecheck.analyze.playbook;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.clausecheck.analyze.finding.Status;

/**
 * A contract excerpt with the status the rule must give it; the build runs every example.
 *
 * <p>Like the markers of LanguageTool's examples, an example names the pattern that must decide it, so that it
 * proves that pattern and not merely the rule: a pattern can be changed or removed only with the examples that
 * name it.
 *
 * @param text      the excerpt; the playbook's example preamble is put before it
 * @param expect    the status the rule must report
 * @param kind      what the example demonstrates: "negated", "contrary", "scope", "weak" or "" for plain
 * @param decidedBy for MET, WEAK and CONTRARY: the pattern ids among the evidence that gives the status (for a
 *                  weakened match the weakening pattern or the weakened one; for a conflict both sides)
 * @param rejected  for MISSING examples of kind negated, scope or direction: pattern ids that match the text but
 *                  whose match must be rejected (negated, out of scope, cancelled by its exception); may be empty
 */
public record RuleExample(String text, Status expect, String kind, List<String> decidedBy, List<String> rejected)
        implements Serializable {

    public RuleExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expect, "expect");
        kind = kind == null ? "" : kind;
        decidedBy = decidedBy == null ? List.of() : List.copyOf(decidedBy);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }

    /** An example that names no pattern. */
    public RuleExample(String text, Status expect, String kind) {
        this(text, expect, kind, List.of(), List.of());
    }
}
