package org.clausecheck.analyze.playbook;

import java.util.Objects;
import org.clausecheck.analyze.finding.Status;

/**
 * A contract excerpt with the status the rule must give it; the build runs every example.
 *
 * @param text   the excerpt; the playbook's example preamble is put before it
 * @param expect the status the rule must report
 * @param kind   what the example demonstrates: "negated", "contrary", "scope", "weak" or "" for plain
 */
public record RuleExample(String text, Status expect, String kind) {

    public RuleExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expect, "expect");
        kind = kind == null ? "" : kind;
    }
}
