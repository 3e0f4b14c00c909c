package org.clausecheck.analyze.match;

import org.clausecheck.analyze.match.index.GuardedSource;
import org.clausecheck.analyze.match.index.PatternCompiler;
import org.clausecheck.analyze.playbook.RulePattern;

/** A rule pattern with its Lucene sources, compiled once per playbook. */
record CompiledPattern(RulePattern pattern, GuardedSource match, GuardedSource unless) {

    static CompiledPattern compile(PatternCompiler compiler, RulePattern pattern) {
        return new CompiledPattern(pattern, compiler.guarded(pattern.match()),
                pattern.unless() == null ? null : compiler.guarded(pattern.unless()));
    }
}
