package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternCompilerVariantTest {

    private static final Map<String, String> GROUPS = Map.of(
            "systems", "any(server*, repositor*, webdav)",
            "access-to-systems", "ordered(4, access, @systems)",
            "fees", "any(\"additional fee*\", \"extra charge*\")");
    private static final IndexedText TEXT = IndexedText.of("Client shall have access to the WebDAV folders. "
            + "Client shall have access to the servers for an additional fee.");

    @Test
    void aVariantRecompilesOnlyWhatUsesTheChangedGroup() {
        PatternCompiler base = new PatternCompiler(GROUPS);
        PatternCompiler variant = base.variant(Map.of("systems", "any(server*, repositor*)"), Set.of());
        // untouched patterns are the base's own objects, so a document's caches serve them
        assertSame(base.guarded("ordered(CUSTOMER, @fees)"), variant.guarded("ordered(CUSTOMER, @fees)"));
        assertSame(base.guarded("@fees"), variant.guarded("@fees"));
        // a pattern using the group, directly or through another group, is compiled again
        assertNotSame(base.guarded("ordered(CUSTOMER, @systems)"), variant.guarded("ordered(CUSTOMER, @systems)"));
        assertNotSame(base.guarded("@access-to-systems"), variant.guarded("@access-to-systems"));
        assertEquals(2, TEXT.index().matches(base.guarded("@access-to-systems")).size());
        assertEquals(1, TEXT.index().matches(variant.guarded("@access-to-systems")).size());
        assertEquals(2, TEXT.index().matches(base.guarded("@access-to-systems")).size(), "the base is unchanged");
    }

    @Test
    void aRemovedGroupMatchesNothingAndLeavesTheOtherAlternatives() {
        PatternCompiler variant = new PatternCompiler(GROUPS).variant(Map.of(), Set.of("fees"));
        assertEquals(0, TEXT.index().matches(variant.guarded("@fees")).size());
        assertEquals(0, TEXT.index().matches(variant.guarded("ordered(CUSTOMER, @fees)")).size());
        assertEquals(2, TEXT.index().matches(variant.guarded("any(@fees, webdav, server*)")).size());
        assertEquals(2, TEXT.index().matches(variant.guarded("notnear(10, access, @fees)")).size());
        assertEquals(1, TEXT.index().matches(new PatternCompiler(GROUPS).guarded("notnear(10, access, @fees)")).size());
    }
}
