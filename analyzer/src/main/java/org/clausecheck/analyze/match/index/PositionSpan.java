package org.clausecheck.analyze.match.index;

/** A match of a pattern: first and last position (inclusive) in the analysis field, and its sentence. */
public record PositionSpan(int startPosition, int endPosition, int sentence) {

    public PositionSpan {
        if (endPosition < startPosition) {
            throw new IllegalArgumentException("span ends before it starts");
        }
    }
}
