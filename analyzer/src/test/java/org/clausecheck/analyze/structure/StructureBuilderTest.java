package org.clausecheck.analyze.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clausecheck.analyze.TestDocuments;
import org.clausecheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

class StructureBuilderTest {

    @Test
    void sectionNumbersInsideARunningParagraphOpenClauses() {
        ExtractedDocument document = TestDocuments.of("1. Services. Supplier shall perform the Services. "
                + "2. Intellectual Property. Supplier hereby assigns to Client all Deliverables. 2.1 Client owns the code.");
        DocumentStructure structure = StructureBuilder.build(document);
        assertEquals(3, structure.clauses().size(), structure.clauses().toString());
        Clause ip = structure.clauses().get(1);
        assertEquals("2", ip.sectionNumber());
        assertEquals("Intellectual Property", ip.title());
        Sentence assignment = structure.sentences().stream()
                .filter(s -> s.text().contains("hereby assigns")).findFirst().orElseThrow();
        assertEquals("2", assignment.sectionNumber());
        assertTrue(assignment.heading().contains("Intellectual Property"));
        assertEquals("2.1", structure.sentences().get(structure.sentences().size() - 1).sectionNumber());
    }

    @Test
    void sentencesKeepTheirOffsetsIntoTheDocumentText() {
        ExtractedDocument document = TestDocuments.of("PREAMBLE\n\nThe parties agree. Client shall pay.\n\n"
                + "CONFIDENTIALITY\n\nSupplier shall keep secrets.");
        DocumentStructure structure = StructureBuilder.build(document);
        for (Sentence sentence : structure.sentences()) {
            assertEquals(sentence.text(), document.text().substring(sentence.start(), sentence.end()));
        }
        Sentence last = structure.sentences().get(structure.sentences().size() - 1);
        assertEquals("Supplier shall keep secrets.", last.text());
        assertTrue(last.heading().contains("CONFIDENTIALITY"), last.heading());
        assertEquals(last, structure.sentenceAt(last.start() + 3));
    }
}
