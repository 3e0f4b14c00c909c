package org.clausecheck.analyze.match.index;

/** A playbook pattern that cannot be compiled, with where it went wrong. */
public final class PatternSyntaxException extends IllegalArgumentException {

    public PatternSyntaxException(String pattern, int at, String problem) {
        super(problem + " at character " + at + " of pattern: " + pattern);
    }
}
