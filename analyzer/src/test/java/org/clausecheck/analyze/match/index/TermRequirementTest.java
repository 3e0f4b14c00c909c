package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermRequirementTest {

    private static final String TEXT = "Supplier hereby irrevocably assigns to the Client all right, title and interest "
            + "in the Deliverables. Client shall pay the fees within thirty days. The system will be maintained "
            + "by Supplier, at its sole discretion. Licensed models are fine-tuned on prompts.";

    private static final List<String> PATTERNS = List.of(
            "deliverable", "fees", "absentword", "\"hereby assign*\"", "\"right, title and interest\"",
            "ordered(VENDOR, assign*, CUSTOMER)", "ordered(CUSTOMER, pay, fees)", "ordered(pay, deliverable*)",
            "unordered(fees, CUSTOMER)", "within(5, maint*, discretion)", "within(5, pay, discretion)",
            "any(absentword, fees, nothingelse)", "any(absentword, nothingelse)", "any(zzz*, maint*)",
            "notnear(3, pay, fees)", "notnear(3, pay, absentword)", "notnear(3, absentword, pay)",
            "notcontaining(ordered(CUSTOMER, fees), pay)", "notcontaining(ordered(CUSTOMER, fees), absentword)",
            "lic?nse*", "mod?l*", "fine-tun*", "\"fine-tuned models\"", "@money", "ordered(CUSTOMER, @money)",
            "ordered(VENDOR, any(sole, absentword), discretion)", "ordered(PARTY, any(absentword, hereby), interest)",
            "ordered(VENDOR, \"sole discretion\", deliverable)");

    private final PatternCompiler compiler = new PatternCompiler(Map.of("money", "any(fees, payment*, absentword)"));
    private final IndexedText text = IndexedText.of(TEXT);

    @Test
    void guardedMatchesAreTheUnguardedMatches() {
        for (String pattern : PATTERNS) {
            GuardedSource guarded = compiler.guarded(pattern);
            List<PositionSpan> all = text.index().matches(guarded.source());
            assertEquals(all, text.index().matches(guarded), pattern);
            BitSet sentences = text.index().sentencesOf(guarded.requirement());
            for (PositionSpan span : all) {
                assertTrue(sentences == null || sentences.get(span.sentence()), pattern + " in " + span);
            }
        }
    }

    @Test
    void partsInDifferentSentencesLeaveNoSentence() {
        assertTrue(sentencesOf("ordered(pay, deliverable*)").isEmpty());
        assertTrue(sentencesOf("within(5, pay, discretion)").isEmpty());
        assertTrue(sentencesOf("any(absentword, nothingelse)").isEmpty());
        assertTrue(sentencesOf("any(zzz*, yyy?)").isEmpty());
        assertFalse(sentencesOf("ordered(CUSTOMER, pay, fees)").isEmpty());
        assertFalse(sentencesOf("notnear(3, pay, fees)").isEmpty(), "only the first pattern is needed");
        assertFalse(sentencesOf("fine-tun*").isEmpty());
    }

    @Test
    void sentencesAreThoseWithAllTheParts() {
        BitSet fees = sentencesOf("fees");
        assertEquals(1, fees.cardinality());
        assertEquals(fees, sentencesOf("ordered(CUSTOMER, pay, fees)"));
        BitSet vendor = sentencesOf("VENDOR");
        assertEquals(vendor, sentencesOf("any(VENDOR, absentword)"));
        assertTrue(vendor.cardinality() >= 3);
    }

    @Test
    void wildcardsWithoutLettersBeforeThemMayMatchAnywhere() {
        assertNull(compiler.guarded("?ees").requirement().sentences(text.index()));
        assertNull(TermRequirement.anyOf(List.of(TermRequirement.term("fees"), TermRequirement.prefix("")))
                .sentences(text.index()));
        assertEquals(TermRequirement.term("fees"),
                TermRequirement.allOf(List.of(TermRequirement.UNKNOWN, TermRequirement.term("fees"))));
    }

    private BitSet sentencesOf(String pattern) {
        return text.index().sentencesOf(compiler.guarded(pattern).requirement());
    }
}
