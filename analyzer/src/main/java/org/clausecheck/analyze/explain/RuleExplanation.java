package org.clausecheck.analyze.explain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.playbook.Rule;

/**
 * Why one rule gets its status in one contract: the finding (the same as {@code check} reports), the parties the
 * patterns' CUSTOMER and VENDOR stand for, and every sentence in which a pattern of the rule matched.
 *
 * @param source    the file, as named
 * @param rule      the rule explained
 * @param parties   who is customer and vendor
 * @param finding   the rule's finding
 * @param sentences the sentences with matches, in document order
 * @param weakeners sentence index to the weakening pattern found there
 */
public record RuleExplanation(String source, Rule rule, PartyResolution parties, Finding finding,
                              List<SentenceMatches> sentences, Map<Integer, String> weakeners) {

    public RuleExplanation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(finding, "finding");
        sentences = List.copyOf(sentences);
        weakeners = Map.copyOf(weakeners);
    }

    /**
     * The evidence that gives the status, which every report leads with (the first of the finding's evidence); null
     * for MISSING, which no sentence decides.
     */
    public Evidence decisive() {
        return finding.evidence().isEmpty() || finding.status() == org.clausecheck.analyze.finding.Status.MISSING
                ? null : finding.evidence().get(0);
    }
}
