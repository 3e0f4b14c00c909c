package org.clausecheck.analyze.match.index;

/** Whether a pattern matches anywhere in a document, searched as the rules search it (requirements, pruning, cache). */
public final class PatternMatches {

    private PatternMatches() {
    }

    /** True when the pattern, compiled by {@code compiler}, has at least one match in the document. */
    public static boolean anywhere(DocumentIndex index, PatternCompiler compiler, String pattern) {
        return !index.matches(compiler.guarded(pattern)).isEmpty();
    }
}
