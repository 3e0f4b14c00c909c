package org.clausecheck.analyze.match;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.clausecheck.analyze.finding.Finding;

/**
 * A rule's finding in one document with every match behind it: what {@code clausecheck playbook explain} shows.
 *
 * @param finding    the finding, exactly as the normal evaluation gives it
 * @param matches    every match of the rule's patterns, in the order the evaluator judged them
 * @param weakeners  sentence index to the weakening pattern found in it (as the evaluator applies it)
 */
public record RuleTrace(Finding finding, List<MatchTrace> matches, Map<Integer, String> weakeners) {

    public RuleTrace {
        Objects.requireNonNull(finding, "finding");
        matches = List.copyOf(matches);
        weakeners = java.util.Collections.unmodifiableMap(new TreeMap<>(weakeners));
    }
}
