package org.clausecheck.analyze.match;

import org.apache.lucene.queries.intervals.IntervalsSource;

/** A compiled pattern and the terms it cannot match without ({@link TermRequirement}). */
record GuardedSource(IntervalsSource source, TermRequirement requirement) {
}
