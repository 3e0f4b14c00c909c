package org.clausecheck.analyze.match;

import java.util.BitSet;
import java.util.List;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.match.index.GuardedSource;
import org.clausecheck.analyze.match.index.PatternCompiler;
import org.clausecheck.analyze.match.index.PositionSpan;
import org.clausecheck.analyze.match.index.TermRequirement;
import org.clausecheck.analyze.match.index.Token;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.RulePattern;

/**
 * A rule's patterns read as bags of words, for the sentences the candidate finder proposes: a sentence "holds" a
 * satisfying pattern when it has every term the pattern cannot match without ({@link TermRequirement}: role tokens
 * included, order and distance ignored), no term set of the pattern's exception, and none of any contrary pattern's.
 * So the rule still decides what a candidate is about (its words, its parties), while the finder vouches that the
 * sentence is of the right kind. What a candidate proves is weaker than a match, and the caller treats it so.
 */
public final class RelaxedPatterns {

    private final List<CompiledPattern> satisfied;
    private final List<CompiledPattern> contrary;

    public RelaxedPatterns(Playbook playbook, Rule rule) {
        PatternCompiler compiler = new PatternCompiler(playbook.groups());
        this.satisfied = rule.satisfied().stream().map(p -> CompiledPattern.compile(compiler, p)).toList();
        this.contrary = rule.contrary().stream().map(p -> CompiledPattern.compile(compiler, p)).toList();
    }

    /** The id of the first satisfying pattern the sentence holds as a bag of words, or null. */
    public String heldBy(DocumentIndex index, int sentence) {
        for (CompiledPattern pattern : contrary) {
            if (holds(index, pattern.match(), sentence)) {
                return null;
            }
        }
        for (CompiledPattern pattern : satisfied) {
            RulePattern rulePattern = pattern.pattern();
            if (holds(index, pattern.match(), sentence)
                    && (pattern.unless() == null || !holds(index, pattern.unless(), sentence))) {
                return rulePattern.id();
            }
        }
        return null;
    }

    /** Whether a negation cue governs any word of the sentence, as a match spanning the sentence would be negated. */
    public static boolean negated(DocumentIndex index, int sentence) {
        List<Token> tokens = index.sentenceTokens(sentence);
        if (tokens.isEmpty()) {
            return false;
        }
        return Negation.isNegated(index, new PositionSpan(tokens.get(0).position(),
                tokens.get(tokens.size() - 1).position(), sentence));
    }

    /** Known requirements only: a pattern whose terms cannot be told (UNKNOWN) is not held. */
    private static boolean holds(DocumentIndex index, GuardedSource source, int sentence) {
        if (source.requirement() == TermRequirement.UNKNOWN) {
            return false;
        }
        BitSet sentences = index.sentencesOf(source.requirement());
        return sentences != null && sentences.get(sentence);
    }
}
