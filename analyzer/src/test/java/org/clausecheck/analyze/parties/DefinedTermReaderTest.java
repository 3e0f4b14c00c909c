package org.clausecheck.analyze.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.clausecheck.analyze.TestDocuments;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.junit.jupiter.api.Test;

class DefinedTermReaderTest {

    @Test
    void readsDefinitionsAndInlineTerms() {
        Map<String, DefinedTerm> terms = DefinedTermReader.read(StructureBuilder.build(TestDocuments.of(
                "1. Definitions. 1.1 \"Deliverables\" means the software and documentation. "
                        + "1.2 \u201CServices\u201D shall mean the development services. "
                        + "2. Supplier shall keep all notes (collectively, \"Records\") for two years. "
                        + "Supplier shall deliver the source code (the \"Code\").")));
        assertEquals(4, terms.size(), terms.toString());
        assertFalse(terms.get("Deliverables").inline());
        assertFalse(terms.get("Services").inline());
        assertTrue(terms.get("Records").inline());
        assertTrue(terms.get("Code").inline());
    }
}
