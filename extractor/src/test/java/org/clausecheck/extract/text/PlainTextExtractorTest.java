package org.clausecheck.extract.text;

import static org.clausecheck.extract.TestDocuments.blockStartingWith;
import static org.clausecheck.extract.TestDocuments.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextExtractorTest {

    private final Extractor extractor = new Extractor();

    @ParameterizedTest
    @ValueSource(strings = {
            "services-agreement-utf8.txt", "services-agreement-utf8-bom.txt", "services-agreement-windows-1252.txt"})
    void readsTheSameContractInEveryEncoding(String file) throws ExtractionException {
        ExtractedDocument document = extractor.extract(path(file));

        assertEquals(DocumentFormat.TXT, document.format());
        assertTrue(document.text().startsWith("SOFTWARE SERVICES AGREEMENT"), "no byte-order mark in the text");
        assertTrue(document.text().contains("Müller Analytics GmbH (\"Customer\") and Kraków Code"),
                "accented names decoded and the wrapped line joined");
        assertEquals(0, document.blocks().get(0).start());
    }

    @Test
    void warnsWhenTheTextIsNotUtf8() throws ExtractionException {
        ExtractedDocument document = extractor.extract(path("services-agreement-windows-1252.txt"));

        assertEquals(1, document.warnings().size());
        assertTrue(document.warnings().get(0).message().contains("windows-1252"));
        assertTrue(extractor.extract(path("services-agreement-utf8.txt")).warnings().isEmpty());
    }

    @Test
    void recognisesNumberedHeadingsAndSections() throws ExtractionException {
        ExtractedDocument document = extractor.extract(path("services-agreement-utf8.txt"));

        Block article = blockStartingWith(document, "ARTICLE II");
        assertEquals(BlockKind.HEADING, article.kind());
        assertEquals("ARTICLE II OWNERSHIP", article.text(), "a bare label joined with its title line");
        assertEquals("ARTICLE II", article.sectionNumber());

        Block assignment = blockStartingWith(document, "2.1 Ownership.");
        assertEquals(BlockKind.PARAGRAPH, assignment.kind());
        assertEquals("2.1", assignment.sectionNumber());
        assertEquals(List.of("SOFTWARE SERVICES AGREEMENT", "ARTICLE II OWNERSHIP"), assignment.headingPath());

        Block item = blockStartingWith(document, "(b) Supplier waives");
        assertEquals(BlockKind.LIST_ITEM, item.kind());
        assertEquals("(b)", item.sectionNumber());

        Block section = blockStartingWith(document, "Section 3.");
        assertEquals(BlockKind.HEADING, section.kind());
        assertEquals("Section 3", section.sectionNumber());
        Block training = blockStartingWith(document, "Before the engagement ends");
        assertEquals(BlockKind.PARAGRAPH, training.kind(), "the line after a heading line is a paragraph");
        assertEquals("Section 3. Knowledge Transfer", training.headingPath().get(1));
    }

    @Test
    void offsetsPointIntoTheFullText() throws ExtractionException {
        ExtractedDocument document = extractor.extract(path("services-agreement-utf8.txt"));

        for (Block block : document.blocks()) {
            assertEquals(block.text(), document.text().substring(block.start(), block.end()));
            assertEquals(0, block.page(), "plain text has no pages");
        }
    }

    @Test
    void readsMarkdownHeadingsListsAndTables() throws ExtractionException {
        ExtractedDocument document = extractor.extract(path("statement-of-work.md"));

        assertEquals(DocumentFormat.MARKDOWN, document.format());
        assertEquals("Statement of Work", document.metadata().title());
        Block scope = blockStartingWith(document, "1. Scope");
        assertEquals(BlockKind.HEADING, scope.kind());
        assertEquals("1", scope.sectionNumber());
        assertEquals("The Vendor shall build a retrieval pipeline for the Customer.",
                blockStartingWith(document, "The Vendor").text(), "emphasis markers removed");
        assertEquals(BlockKind.LIST_ITEM, blockStartingWith(document, "Deliver the prompt library.").kind());
        Block cell = blockStartingWith(document, "90% answer accuracy");
        assertEquals(BlockKind.TABLE_CELL, cell.kind());
        assertEquals(List.of("Statement of Work", "2. Acceptance"), cell.headingPath());
        assertFalse(document.text().contains("---"), "table rule rows are not text");
    }

    @Test
    void keepsACapitalisedDisclaimerAsOneParagraph(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("disclaimer.txt");
        Files.writeString(file, "12. WARRANTIES\nTHE SERVICES ARE PROVIDED AS IS\nWITHOUT WARRANTY OF ANY KIND.\n");

        ExtractedDocument document = extractor.extract(file);

        assertEquals(BlockKind.HEADING, document.blocks().get(0).kind());
        Block disclaimer = blockStartingWith(document, "THE SERVICES");
        assertEquals(BlockKind.PARAGRAPH, disclaimer.kind());
        assertEquals("THE SERVICES ARE PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND.", disclaimer.text());
    }
}
