package org.clausecheck.analyze.match;

import org.apache.lucene.queries.intervals.IntervalsSource;
import org.clausecheck.analyze.playbook.RulePattern;

/** A rule pattern with its Lucene sources, compiled once per playbook. */
record CompiledPattern(RulePattern pattern, IntervalsSource match, IntervalsSource unless) {

    static CompiledPattern compile(PatternCompiler compiler, RulePattern pattern) {
        return new CompiledPattern(pattern, compiler.compile(pattern.match()),
                pattern.unless() == null ? null : compiler.compile(pattern.unless()));
    }
}
