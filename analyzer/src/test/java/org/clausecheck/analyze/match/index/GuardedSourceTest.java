package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.junit.jupiter.api.Test;

class GuardedSourceTest {

    private static final List<String> TEXTS = List.of(
            "Supplier hereby irrevocably assigns to the Client all right, title and interest in the Deliverables. "
                    + "Client shall pay the fees within thirty days. Supplier shall not disclose the fees.",
            "The Supplier may, at its sole discretion, use the Client Data for any purpose. Supplier retains all "
                    + "rights in its pre-existing materials and tools, except the deliverables paid for by Client. "
                    + "Each party shall keep the other party's information confidential.");

    /** Long any() lists with absent alternatives, inside phrases, ordered(), unordered() and exceptions. */
    private static final List<String> PATTERNS = List.of(
            "any(absentword, fees, nothingelse, \"sole discretion\", zzz*)",
            "ordered(VENDOR, any(\"hereby assign*\", absentword, \"agrees to transfer\", assign*), CUSTOMER)",
            "ordered(any(PARTY, absentword), any(retain*, keep*, \"will own\"), any(right*, title, absentword))",
            "unordered(any(absentword, fees, payment*), any(CUSTOMER, nothingelse))",
            "within(10, any(disclos*, publish*, absentword), any(fees, data, information, nothingelse))",
            "\"CUSTOMER shall pay\"", "\"PARTY shall any\"", "ordered(12, any(may, absentword), any(use, \"make use\"), any(data, \"client data\"))",
            "notcontaining(ordered(VENDOR, any(retain*, absentword), any(right*, absentword)), any(except, absentword))",
            "notnear(5, any(disclos*, absentword), any(not, never, absentword))",
            "notnear(5, any(disclos*, absentword), any(nothingelse, absentword))",
            "ordered(any(\"each party\", \"both parties\", absentword, \"receiving party\"), any(keep*, hold*), confidential)",
            "ordered(any(non-exclusiv*, fine-tun*, pre-exist*), any(material*, tool*, absentword))",
            "@money", "ordered(CUSTOMER, any(@money, absentword), within)");

    private final PatternCompiler compiler = new PatternCompiler(Map.of("money", "any(fees, payment*, absentword)"));

    @Test
    void prunedSourcesMatchAsTheWholeSources() {
        for (String text : TEXTS) {
            IndexedText indexed = IndexedText.of(text);
            for (String pattern : PATTERNS) {
                GuardedSource guarded = compiler.guarded(pattern);
                List<PositionSpan> whole = indexed.index().matches(guarded.source());
                List<PositionSpan> pruned = indexed.index().matches(guarded.pruned(indexed.index()));
                assertEquals(whole, pruned, pattern + " in " + text);
                assertEquals(whole, indexed.index().matches(guarded), pattern + " in " + text);
            }
        }
        assertFalse(IndexedText.of(TEXTS.get(0)).index().matches(compiler.guarded(PATTERNS.get(1))).isEmpty());
    }

    @Test
    void leavesOutAlternativesAbsentFromTheDocument() {
        IndexedText indexed = IndexedText.of(TEXTS.get(0));
        GuardedSource guarded = compiler.guarded(
                "ordered(VENDOR, any(\"hereby assign*\", absentword, \"agrees to transfer\"), CUSTOMER)");
        IntervalsSource pruned = guarded.pruned(indexed.index());
        assertNotSame(guarded.source(), pruned);
        assertTrue(guarded.source().toString().contains("absentword"));
        assertFalse(pruned.toString().contains("absentword"), pruned.toString());
        assertFalse(pruned.toString().contains("transfer"), "no sentence has both words of the phrase");
    }

    @Test
    void keepsTheSourceWhenNothingOrEverythingIsLeftOut() {
        IndexedText indexed = IndexedText.of(TEXTS.get(0));
        GuardedSource present = compiler.guarded("ordered(any(pay, assign*), any(fees, deliverable*))");
        assertSame(present.source(), present.pruned(indexed.index()));
        GuardedSource absent = compiler.guarded("any(absentword, nothingelse)");
        assertSame(absent.source(), absent.pruned(indexed.index()));
        GuardedSource term = compiler.guarded("fees");
        assertSame(term.source(), term.pruned(indexed.index()));
    }
}
