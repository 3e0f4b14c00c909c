package org.clausecheck.analyze.explain;

import java.util.List;
import java.util.Objects;
import org.clausecheck.analyze.match.MatchTrace;
import org.clausecheck.analyze.structure.Sentence;

/**
 * A sentence in which a pattern of the rule matched, with what became of each match (one entry per pattern and
 * outcome: a pattern that matches twice alike is shown once).
 */
public record SentenceMatches(Sentence sentence, List<MatchTrace> matches) {

    public SentenceMatches {
        Objects.requireNonNull(sentence, "sentence");
        matches = List.copyOf(matches);
    }
}
