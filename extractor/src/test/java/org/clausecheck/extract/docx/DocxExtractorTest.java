package org.clausecheck.extract.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.DocumentCorruptException;
import org.clausecheck.extract.DocumentEncryptedException;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.DocumentTooLargeException;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.RevisionView;
import org.junit.jupiter.api.Test;

class DocxExtractorTest {

    static final String PASSWORD = "clausecheck-test";

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(DocxExtractorTest.class.getResource("/documents/" + name),
                    name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExtractedDocument read(String name) throws ExtractionException {
        return new Extractor().extract(fixture(name));
    }

    private static ExtractedDocument read(String name, RevisionView view) throws ExtractionException {
        return new Extractor().extract(fixture(name), ExtractionOptions.defaults().withRevisionView(view));
    }

    private static Block block(ExtractedDocument document, String start) {
        return document.blocks().stream().filter(b -> b.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starts with " + start));
    }

    private static List<String> sectionNumbers(ExtractedDocument document) {
        return document.blocks().stream().map(Block::sectionNumber).filter(Objects::nonNull).toList();
    }

    @Test
    void reconstructsWordNumberingInDocumentOrder() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        assertEquals(DocumentFormat.DOCX, document.format());
        // Article from the style; 1./1.1/(a)/(i) from the multilevel list; "2." continues through a second
        // w:num of the same abstract list; "Section 2.1" is legal numbering; "Article III" comes from a base
        // style; "A"/"B" through a numbering style link; "Schedule 1" is typed (its numbering is off); the
        // schedule's list restarts at 1.
        assertEquals(List.of("Article I", "1", "1.1", "1.2", "(a)", "(b)", "(i)", "(c)", "2", "2.1", "2.2", "2.3",
                "Article II", "3", "3.1", "Section 2.1", "Article III", "A", "B", "Schedule 1", "1", "2"),
                sectionNumbers(document));
    }

    @Test
    void blockTextStartsWithTheNumberAsPrinted() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        Block clause = block(document, "1.1 ");
        assertEquals("1.1 The Vendor shall develop the Software described in Schedule 1.", clause.text());
        assertEquals(BlockKind.LIST_ITEM, clause.kind());
        assertEquals("(a) deliver the source code of the Software;", block(document, "(a)").text());
        assertEquals("(i) the model weights in an open format;", block(document, "(i)").text());
        Block services = block(document, "1. Services");
        assertEquals(BlockKind.HEADING, services.kind());
        assertEquals("1", services.sectionNumber());
    }

    @Test
    void headingsComeFromStylesAndOutlineLevels() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        Block article = block(document, "Article I ");
        assertEquals(BlockKind.HEADING, article.kind());
        assertEquals("Article I Definitions and Services", article.text());
        assertEquals(List.of("Article I Definitions and Services", "1. Services"),
                block(document, "1.1 ").headingPath());
        assertEquals(BlockKind.HEADING, block(document, "Acceptance Testing").kind());
        assertEquals(BlockKind.HEADING, block(document, "Section 2.1 Audit Rights").kind());
        Block schedule = block(document, "Schedule 1");
        assertEquals(BlockKind.HEADING, schedule.kind());
        assertEquals("Schedule 1 \u2013 Deliverables", schedule.text(), "numId 0 switches the style's numbering off");
        assertEquals("Schedule 1", schedule.sectionNumber(), "the number typed in the text");
        assertEquals(List.of("Schedule 1 \u2013 Deliverables"), block(document, "1. Source code").headingPath());
    }

    @Test
    void numberingInheritedFromABaseStyleAndThroughANumberingStyleLink() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        Block article = block(document, "Article III");
        assertEquals("Article III General", article.text());
        assertEquals(BlockKind.HEADING, article.kind());
        assertEquals("A. Notices must be given in writing.", block(document, "A. ").text());
        assertEquals("B", block(document, "B. ").sectionNumber());
    }

    @Test
    void bulletsAreListItemsWithoutSectionNumbers() throws Exception {
        Block bullet = block(read("outsourcing-agreement.docx"), "source code escrow");
        assertEquals(BlockKind.LIST_ITEM, bullet.kind());
        assertNull(bullet.sectionNumber());
    }

    @Test
    void trackedChangesReadAsAcceptedByDefault() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        assertEquals("2.1 All Deliverables shall be owned by the Customer upon creation.",
                block(document, "2.1 ").text());
        assertFalse(document.text().contains("subcontract"), "a deleted clause is out");
        assertEquals("2.3 The Vendor shall provide knowledge transfer to the Customer\u2019s staff.",
                block(document, "2.3 ").text());
    }

    @Test
    void originalViewPutsDeletionsBackAndLeavesInsertionsOut() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx", RevisionView.ORIGINAL);
        assertEquals("2.1 All Deliverables shall be owned by the Vendor upon creation.",
                block(document, "2.1 ").text());
        assertEquals("1.3 The Vendor may subcontract any part of the Services without consent.",
                block(document, "1.3 ").text());
        assertFalse(document.text().contains("knowledge transfer"));
        assertFalse(sectionNumbers(document).contains("2.3"));
    }

    @Test
    void commentsStayOutOfTheBody() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        assertFalse(document.text().contains("registered company name"));
        assertTrue(block(document, "This Software").text().endsWith("Byte Labs Ltd. (\u201cVendor\u201d)."));
    }

    @Test
    void footnoteFollowsTheBlockThatCitesIt() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        List<Block> blocks = document.blocks();
        int citing = blocks.indexOf(block(document, "2.2 "));
        Block note = blocks.get(citing + 1);
        assertEquals(BlockKind.FOOTNOTE, note.kind());
        assertEquals("Including model weights derived from Customer Data.", note.text());
        assertEquals(blocks.get(citing).headingPath(), note.headingPath());
    }

    @Test
    void headersAndFootersGoToMetadataNotTheBody() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        assertEquals(List.of("CONFIDENTIAL DRAFT"), document.metadata().runningHeaders());
        assertEquals(List.of("Acme / Byte Labs Development Agreement"), document.metadata().runningFooters());
        assertFalse(document.text().contains("CONFIDENTIAL DRAFT"));
        assertFalse(document.text().contains("Acme / Byte Labs"));
    }

    @Test
    void tableCellsInRowOrderWithNestedTables() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        List<String> cells = document.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE_CELL)
                .map(Block::text).toList();
        assertEquals(List.of("Milestone", "Due", "Fee", "Prototype", "1 March 2026", "EUR 10,000", "Trained model",
                "Model card", "Evaluation report", "EUR 25,000"), cells);
        List<Block> blocks = document.blocks();
        assertTrue(blocks.indexOf(block(document, "3.1 ")) < blocks.indexOf(block(document, "Milestone")));
        assertTrue(blocks.indexOf(block(document, "EUR 25,000")) < blocks.indexOf(block(document, "Acceptance")));
    }

    @Test
    void metadataFromCoreProperties() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        assertEquals("Software and AI Development Agreement", document.metadata().title());
        assertEquals("Clausecheck Fixtures", document.metadata().author());
        assertEquals(Instant.parse("2026-01-15T10:00:00Z"), document.metadata().created());
        assertEquals(Instant.parse("2026-02-01T12:30:00Z"), document.metadata().modified());
        assertEquals(0, document.metadata().pageCount());
    }

    @Test
    void offsetsPointIntoTheTextAndBlocksHaveNoPages() throws Exception {
        ExtractedDocument document = read("outsourcing-agreement.docx");
        int previousEnd = 0;
        for (Block block : document.blocks()) {
            assertEquals(block.text(), document.text().substring(block.start(), block.end()));
            assertTrue(block.start() >= previousEnd);
            assertEquals(0, block.page());
            previousEnd = block.end();
        }
    }

    @Test
    void macroEnabledDocumentReadsLikeDocx() throws Exception {
        assertEquals(read("outsourcing-agreement.docx").text(), read("outsourcing-agreement.docm").text());
    }

    @Test
    void encryptedWithoutPasswordAsksForIt() {
        DocumentEncryptedException e = assertThrows(DocumentEncryptedException.class, () -> read("encrypted.docx"));
        assertTrue(e.reason().contains("--password"), e.reason());
    }

    @Test
    void encryptedWithWrongPasswordSaysSo() {
        DocumentEncryptedException e = assertThrows(DocumentEncryptedException.class, () -> new Extractor()
                .extract(fixture("encrypted.docx"), ExtractionOptions.defaults().withPassword("wrong")));
        assertTrue(e.reason().contains("wrong") && e.reason().contains("--password"), e.reason());
    }

    @Test
    void encryptedWithRightPasswordIsRead() throws Exception {
        ExtractedDocument document = new Extractor().extract(fixture("encrypted.docx"),
                ExtractionOptions.defaults().withPassword(PASSWORD));
        assertEquals(read("outsourcing-agreement.docx").text(), document.text());
    }

    @Test
    void truncatedPackageIsCorrupt() {
        assertThrows(DocumentCorruptException.class, () -> read("truncated.docx"));
    }

    @Test
    void zipBombIsRefused() {
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class, () -> read("zip-bomb.docx"));
        assertTrue(e.reason().contains("zip bomb"), e.reason());
    }

    @Test
    void malformedXmlIsCorruptWithAOneLineReason() throws Exception {
        byte[] broken = replaceEntry(Files.readAllBytes(fixture("outsourcing-agreement.docx")),
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml"
                        + "/2006/main\"><w:body><w:p>");
        DocumentCorruptException e = assertThrows(DocumentCorruptException.class,
                () -> new Extractor().extract(Path.of("broken.docx"), broken, ExtractionOptions.defaults()));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void levelOverrideReplacesTheLevelDefinitionForOneListInstance() throws Exception {
        byte[] docx = Files.readAllBytes(fixture("outsourcing-agreement.docx"));
        String numbering = entry(docx, "word/numbering.xml").replace(
                "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>",
                "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                        + "<w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"Item %1:\"/></w:lvl></w:lvlOverride>");
        ExtractedDocument document = new Extractor().extract(Path.of("override.docx"),
                replaceEntry(docx, "word/numbering.xml", numbering), ExtractionOptions.defaults());
        assertEquals("Item i: Source code repository with build scripts", block(document, "Item i:").text());
        assertEquals("Item ii", block(document, "Item ii:").sectionNumber());
        assertEquals("1.1", block(document, "1.1 ").sectionNumber(), "other instances keep the abstract levels");
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static byte[] replaceEntry(byte[] zip, String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                rewritten.putNextEntry(new ZipEntry(entry.getName()));
                rewritten.write(entry.getName().equals(name)
                        ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
