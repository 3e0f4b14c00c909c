package org.clausecheck.analyze.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.clausecheck.analyze.match.index.IndexedText;
import org.clausecheck.analyze.structure.Sentence;
import org.junit.jupiter.api.Test;

class SentenceScopesTest {

    private static final String CONTRACT = "1. Definitions.\n\n\"Deliverables\" means the work product.\n\n"
            + "2. Ownership.\n\nSupplier hereby assigns the Deliverables to Client.\n\n";

    @Test
    void eachSentenceIsJudgedAsScopeJudgesIt() {
        IndexedText text = IndexedText.of(CONTRACT);
        int definitions = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass answers from what was remembered
            for (Sentence sentence : text.structure().sentences()) {
                assertEquals(Scope.outOfScope(sentence), SentenceScopes.of(text.index()).outOfScope(sentence), sentence.text());
                assertEquals(Scope.isHeadingOnly(sentence), SentenceScopes.of(text.index()).isHeadingOnly(sentence), sentence.text());
                definitions += "a definition".equals(SentenceScopes.of(text.index()).outOfScope(sentence)) ? 1 : 0;
            }
        }
        assertEquals(2, definitions);
    }

    @Test
    void aSentenceOfAnotherStructureIsJudgedItself() {
        IndexedText definitions = IndexedText.of("\"Deliverables\" means the work product.\n\n");
        IndexedText operative = IndexedText.of("Supplier hereby assigns the Deliverables to Client.\n\n");
        Sentence definition = definitions.structure().sentences().get(1);
        Sentence grant = operative.structure().sentences().get(1);
        assertEquals(definition.index(), grant.index());
        assertNotNull(SentenceScopes.of(definitions.index()).outOfScope(definition), definition.text());
        assertNull(SentenceScopes.of(definitions.index()).outOfScope(grant), grant.text());
    }
}
