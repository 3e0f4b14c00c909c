package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.api.Test;

class PrefixAutomataTest {

    /** As Intervals.prefix compiles it. */
    private static CompiledAutomaton prefixAutomaton(String prefix) {
        return new CompiledAutomaton(PrefixQuery.toAutomaton(new BytesRef(prefix)), null, true,
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
    }

    @Test
    void readsThePrefixOfAPrefixAutomaton() {
        for (String prefix : new String[] {"assign", "ipr", "fine", "caf\u00E9", "x"}) {
            assertEquals(new BytesRef(prefix), PrefixAutomata.prefixOf(prefixAutomaton(prefix)), prefix);
        }
    }

    @Test
    void otherAutomataHaveNoPrefix() {
        CompiledAutomaton wildcard = new CompiledAutomaton(WildcardQuery.toAutomaton(new Term("f", "lic?nse")), null, true, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
        assertNull(PrefixAutomata.prefixOf(wildcard));
        CompiledAutomaton twoEndings = new CompiledAutomaton(WildcardQuery.toAutomaton(new Term("f", "lic*e*")), null, true, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
        assertNull(PrefixAutomata.prefixOf(twoEndings));
    }
}
