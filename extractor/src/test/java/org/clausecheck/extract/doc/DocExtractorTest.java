package org.clausecheck.extract.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.DocumentCorruptException;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.RevisionView;
import org.junit.jupiter.api.Test;

/**
 * The Word 97-2003 fixture is LibreOffice's export of the DOCX fixture. The export keeps the lists but
 * drops legal numbering and gives the second list instance and the restarted schedule list lists of
 * their own, so those numbers differ from the DOCX: the expectations below are what the .doc holds.
 */
class DocExtractorTest {

    private static Path fixture() {
        try {
            return Path.of(Objects.requireNonNull(
                    DocExtractorTest.class.getResource("/documents/outsourcing-agreement.doc")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExtractedDocument read(RevisionView view) throws ExtractionException {
        return new Extractor().extract(fixture(), ExtractionOptions.defaults().withRevisionView(view));
    }

    private static Block block(ExtractedDocument document, String start) {
        return document.blocks().stream().filter(b -> b.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starts with " + start));
    }

    @Test
    void rebuildsListNumbersFromTheListTables() throws Exception {
        ExtractedDocument document = read(RevisionView.ACCEPTED);
        assertEquals(DocumentFormat.DOC, document.format());
        List<String> numbers = document.blocks().stream().map(Block::sectionNumber).filter(Objects::nonNull)
                .toList();
        assertEquals(List.of("Article I", "1", "1.1", "1.2", "(a)", "(b)", "(i)", "(c)", "1", "1.1", "1.2", "1.3",
                "Article II", "2", "2.1", "Section II.1", "Article III", "A", "B", "Schedule 1", "1", "1"), numbers);
        assertEquals("1.1 The Vendor shall develop the Software described in Schedule 1.",
                block(document, "1.1 The Vendor").text());
        assertEquals(BlockKind.LIST_ITEM, block(document, "(a) deliver").kind());
    }

    @Test
    void headingsFromOutlineLevelsAndHeadingStyles() throws Exception {
        ExtractedDocument document = read(RevisionView.ACCEPTED);
        assertEquals(BlockKind.HEADING, block(document, "Article I Definitions").kind());
        assertEquals(BlockKind.HEADING, block(document, "1. Services").kind());
        assertEquals(BlockKind.HEADING, block(document, "Acceptance Testing").kind());
        assertEquals(BlockKind.HEADING, block(document, "Schedule 1").kind());
        assertEquals(List.of("Article I Definitions and Services", "1. Services"),
                block(document, "1.1 The Vendor").headingPath());
    }

    @Test
    void trackedChangesInBothViews() throws Exception {
        ExtractedDocument accepted = read(RevisionView.ACCEPTED);
        assertTrue(accepted.text().contains("owned by the Customer upon creation."));
        assertFalse(accepted.text().contains("subcontract"));
        assertTrue(accepted.text().contains("knowledge transfer"));
        ExtractedDocument original = read(RevisionView.ORIGINAL);
        assertTrue(original.text().contains("owned by the Vendor upon creation."));
        assertEquals("1.3 The Vendor may subcontract any part of the Services without consent.",
                block(original, "1.3 ").text());
        assertFalse(original.text().contains("knowledge transfer"));
    }

    @Test
    void footnoteCommentsHeadersAndTables() throws Exception {
        ExtractedDocument document = read(RevisionView.ACCEPTED);
        List<Block> blocks = document.blocks();
        Block note = blocks.get(blocks.indexOf(block(document, "1.2 The Vendor assigns")) + 1);
        assertEquals(BlockKind.FOOTNOTE, note.kind());
        assertEquals("Including model weights derived from Customer Data.", note.text());
        assertFalse(document.text().contains("registered company name"));
        assertEquals(List.of("CONFIDENTIAL DRAFT"), document.metadata().runningHeaders());
        assertEquals(List.of("Acme / Byte Labs Development Agreement"), document.metadata().runningFooters());
        assertFalse(document.text().contains("CONFIDENTIAL"));
        List<String> cells = blocks.stream().filter(b -> b.kind() == BlockKind.TABLE_CELL).map(Block::text).toList();
        assertEquals(List.of("Milestone", "Due", "Fee", "Prototype", "1 March 2026", "EUR 10,000",
                "Trained model\nModel card\nEvaluation report", "EUR 25,000"), cells);
        assertEquals("Software and AI Development Agreement", document.metadata().title());
    }

    @Test
    void offsetsPointIntoTheText() throws Exception {
        ExtractedDocument document = read(RevisionView.ACCEPTED);
        for (Block block : document.blocks()) {
            assertEquals(block.text(), document.text().substring(block.start(), block.end()));
            assertEquals(0, block.page());
        }
    }

    @Test
    void damagedFileIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(fixture());
        byte[] damaged = Arrays.copyOf(whole, whole.length / 3);
        assertThrows(DocumentCorruptException.class,
                () -> new Extractor().extract(Path.of("damaged.doc"), damaged, ExtractionOptions.defaults()));
    }
}
