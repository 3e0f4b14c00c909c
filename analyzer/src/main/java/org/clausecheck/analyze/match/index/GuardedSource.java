package org.clausecheck.analyze.match.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;

/**
 * A compiled pattern, the terms it cannot match without ({@link TermRequirement}), and how it is put together
 * from its parts, so that a document can search it without the alternatives of its any() lists that cannot
 * match there.
 *
 * <p>Lucene builds an iterator for every alternative of a disjunction, and for every combination when it pulls a
 * disjunction up out of a phrase or ordered(); an alternative without intervals adds none to the disjunction nor
 * to any combination, so leaving it out gives the same intervals. Most of a long any() list is absent from a
 * given contract.
 *
 * @param parts   the parts the source was built from; empty for a term, prefix or wildcard
 * @param rebuild builds the source again from (pruned) parts; null without parts
 * @param alternatives whether the parts are alternatives (any(), role words) rather than all needed
 */
public record GuardedSource(IntervalsSource source, TermRequirement requirement, List<GuardedSource> parts,
                     Function<IntervalsSource[], IntervalsSource> rebuild, boolean alternatives) {

    static GuardedSource leaf(IntervalsSource source, TermRequirement requirement) {
        return new GuardedSource(source, requirement, List.of(), null, false);
    }

    /** Parts that are all needed: phrase, ordered(), unordered(), within(), notnear(), notcontaining(). */
    static GuardedSource combined(IntervalsSource source, TermRequirement requirement, List<GuardedSource> parts,
                                  Function<IntervalsSource[], IntervalsSource> rebuild) {
        return new GuardedSource(source, requirement, List.copyOf(parts), rebuild, false);
    }

    /** Any one of the parts: Lucene's disjunction. */
    static GuardedSource anyOf(IntervalsSource source, TermRequirement requirement, List<GuardedSource> parts) {
        return new GuardedSource(source, requirement, List.copyOf(parts),
                kept -> kept.length == 1 ? kept[0] : Intervals.or(kept), true);
    }

    /**
     * The source without the alternatives that cannot match in the document; this very source when none is left
     * out, or when every alternative of a list would be (the whole has no match then, and is left as it is).
     */
    IntervalsSource pruned(DocumentIndex index) {
        if (parts.isEmpty()) {
            return source;
        }
        List<IntervalsSource> kept = new ArrayList<>(parts.size());
        boolean changed = false;
        for (GuardedSource part : parts) {
            if (alternatives && !index.mayMatch(part.requirement())) {
                changed = true;
                continue;
            }
            IntervalsSource prunedPart = part.pruned(index);
            changed |= prunedPart != part.source();
            kept.add(prunedPart);
        }
        if (!changed || kept.isEmpty()) {
            return source;
        }
        return rebuild.apply(kept.toArray(IntervalsSource[]::new));
    }
}
