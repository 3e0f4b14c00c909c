package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.DocumentCorruptException;
import org.clausecheck.extract.DocumentEncryptedException;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.DocumentTooLargeException;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.ExtractionWarning;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.NoTextLayerException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF reader on the documents made by {@code src/test/fixtures/make-fixtures.sh}. */
class PdfExtractorTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static ExtractedDocument contract;

    @BeforeAll
    static void readContract() throws Exception {
        contract = EXTRACTOR.extract(document("contract.pdf"));
    }

    @Test
    void readsTheContractAsPdfWithItsProperties() {
        assertEquals(DocumentFormat.PDF, contract.format());
        assertEquals("Software Development Agreement", contract.metadata().title());
        assertEquals("clausecheck fixtures", contract.metadata().author());
        assertEquals(Instant.parse("2024-01-15T10:00:00Z"), contract.metadata().created());
        assertEquals(Instant.parse("2024-02-01T09:00:00Z"), contract.metadata().modified());
        assertEquals(3, contract.metadata().pageCount());
        assertEquals(List.of(), contract.warnings());
    }

    @Test
    void everyBlockHasThePageItIsPrintedOn() {
        assertEquals(1, block("1.2 ").page());
        assertEquals(2, block("2.1 ").page());
        assertEquals(2, block("(c) ").page());
        assertEquals(3, block("4.2 ").page());
        assertTrue(contract.blocks().stream().allMatch(Block::hasPage));
    }

    @Test
    void numberedParagraphsAndItemsCarryTheirSectionNumbers() {
        assertEquals("1.1", block("1.1 ").sectionNumber());
        assertEquals("3.1", block("3.1 ").sectionNumber());
        assertEquals("(b)", block("(b) ").sectionNumber());
        assertEquals(BlockKind.LIST_ITEM, block("(b) ").kind());
        assertEquals(BlockKind.PARAGRAPH, block("2.2 ").kind());
    }

    @Test
    void runningHeadersFootersAndPageNumbersLeaveTheBodyForTheMetadata() {
        assertEquals(List.of("Software Development Agreement - Acme Corporation and Beta Labs Ltd"),
                contract.metadata().runningHeaders());
        assertEquals(List.of("Acme / Beta - Internal Use Only", "Page 1 of 3"), contract.metadata().runningFooters());
        assertFalse(contract.text().contains("Internal Use Only"));
        assertFalse(contract.text().contains("of 3"));
        assertFalse(contract.text().contains("Acme Corporation and Beta Labs Ltd"));
    }

    @Test
    void aHeadingWrappedOverTwoLinesIsOneHeadingBlock() {
        List<Block> headings = contract.blocks().stream()
                .filter(b -> b.kind() == BlockKind.HEADING && b.text().contains("OWNERSHIP")).toList();
        assertEquals(1, headings.size());
        Block heading = headings.get(0);
        assertEquals("2. OWNERSHIP OF THE DELIVERABLES, INTELLECTUAL PROPERTY RIGHTS AND LICENCES TO PRE-EXISTING "
                + "MATERIALS", heading.text());
        assertEquals("2", heading.sectionNumber());
        assertEquals(2, heading.page());
        assertEquals(List.of(heading.text()), block("2.1 ").headingPath());
        assertEquals(List.of("1. DEFINITIONS"), block("1.3 ").headingPath());
    }

    @Test
    void repairsAWordHyphenatedAtALineEndButKeepsRealHyphens() {
        assertTrue(block("1.2 ").text().contains("and all information derived from it"), block("1.2 ").text());
        assertFalse(contract.text().contains("infor-"));
        assertTrue(block("1.3 ").text().contains("licensed from a third-party vendor"), block("1.3 ").text());
    }

    @Test
    void joinsTheLinesOfAParagraph() {
        assertEquals("4.1 This Agreement starts on the Effective Date and continues until the Deliverables are "
                + "accepted, unless terminated earlier under this Section 4.", block("4.1 ").text());
    }

    @Test
    void offsetsPointIntoTheTextInOrder() {
        int previousEnd = 0;
        for (Block block : contract.blocks()) {
            assertEquals(block.text(), contract.text().substring(block.start(), block.end()));
            assertTrue(block.start() >= previousEnd);
            previousEnd = block.end();
        }
        assertEquals(contract.text().length(), previousEnd);
    }

    @Test
    void textDrawnAgainOverItselfIsReadOnceButDoubledLettersStayAndActualTextReplacesGlyphs() throws Exception {
        ExtractedDocument document = EXTRACTOR.extract(document("overprinted.pdf"));
        assertEquals(List.of("1. OWNERSHIP OF THE WORK",
                "1.1 The Supplier assigns all code and models to the Customer.",
                "1.2 The Supplier keeps the prompts in the repository.",
                "1.3 The committee books all fees: aa bb cc 1100.",
                "1.4 The licence fee is due."),
                document.blocks().stream().map(Block::text).toList());
    }

    @Test
    void readsTwoColumnsLeftColumnFirst() throws Exception {
        ExtractedDocument document = EXTRACTOR.extract(document("two-columns.pdf"));
        List<String> texts = document.blocks().stream().map(Block::text).toList();
        assertEquals(4, texts.size(), texts.toString());
        assertEquals("SERVICE LEVEL TERMS", texts.get(0));
        assertTrue(texts.get(1).startsWith("A1. Availability.") && texts.get(1).endsWith("The left column ends here."),
                texts.get(1));
        assertTrue(texts.get(2).startsWith("B1. Support.") && texts.get(2).endsWith("The right column ends here."),
                texts.get(2));
        assertTrue(texts.get(3).startsWith("These service levels") && texts.get(3).endsWith("reason for its end."));
    }

    @Test
    void aScannedPdfWithoutTextNeedsOcr() {
        NoTextLayerException e = assertThrows(NoTextLayerException.class, () -> EXTRACTOR.extract(document("scanned.pdf")));
        assertTrue(e.reason().contains("OCR"), e.reason());
    }

    @Test
    void aPageWithoutTextIsAWarningNamingThatPage() throws Exception {
        ExtractedDocument document = EXTRACTOR.extract(document("mixed.pdf"));
        assertEquals(1, document.warnings().size());
        ExtractionWarning warning = document.warnings().get(0);
        assertEquals(2, warning.page());
        assertTrue(warning.message().contains("no text layer") && warning.message().contains("OCR"), warning.message());
        assertTrue(warning.toString().startsWith("page 2: "), warning.toString());
        assertEquals(List.of(1, 1, 3, 3), document.blocks().stream().map(Block::page).toList());
    }

    @Test
    void aPageThatFailsIsAWarningAndTheOtherPagesAreRead() throws Exception {
        ExtractedDocument document = EXTRACTOR.extract(document("broken-page.pdf"));
        assertEquals(List.of(new ExtractionWarning(2, "could not be read: Missing descendant font array")),
                document.warnings());
        assertEquals(List.of("1. SCOPE", "1.1 The Supplier shall provide the services.", "3. TERM",
                "3.1 This Agreement runs for two years."), document.blocks().stream().map(Block::text).toList());
        assertEquals(List.of(1, 1, 3, 3), document.blocks().stream().map(Block::page).toList());
    }

    @Test
    void anEncryptedPdfNeedsItsPassword() throws Exception {
        DocumentEncryptedException missing = assertThrows(DocumentEncryptedException.class,
                () -> EXTRACTOR.extract(document("encrypted.pdf")));
        assertTrue(missing.reason().contains("--password"), missing.reason());
        assertThrows(DocumentEncryptedException.class, () -> EXTRACTOR.extract(document("encrypted.pdf"),
                ExtractionOptions.defaults().withPassword("wrong")));
        ExtractedDocument opened = EXTRACTOR.extract(document("encrypted.pdf"),
                ExtractionOptions.defaults().withPassword("user-secret"));
        assertEquals(contract.text(), opened.text());
    }

    @Test
    void aDamagedPdfIsCorrupt() {
        assertThrows(DocumentCorruptException.class, () -> EXTRACTOR.extract(document("corrupt.pdf")));
        byte[] garbage = "%PDF-1.7\n\u0000\u0001 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(DocumentCorruptException.class,
                () -> EXTRACTOR.extract(Path.of("garbage.pdf"), garbage, ExtractionOptions.defaults()));
    }

    @Test
    void aTruncatedPdfIsNeverTakenForAScan() throws Exception {
        byte[] whole = Files.readAllBytes(document("contract.pdf"));
        for (int keep : new int[] {whole.length / 3, whole.length - 40}) {
            byte[] cut = java.util.Arrays.copyOf(whole, keep);
            try {
                ExtractedDocument read = EXTRACTOR.extract(Path.of("cut.pdf"), cut, ExtractionOptions.defaults());
                assertTrue(read.warnings().stream().anyMatch(w -> w.message().contains("truncated")),
                        read.warnings().toString());
            } catch (DocumentCorruptException e) {
                assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("not a readable PDF"),
                        e.getMessage());
            }
        }
    }

    @Test
    void refusesMorePagesThanAllowed() {
        ExtractionOptions twoPages = ExtractionOptions.defaults().withLimits(ExtractionOptions.DEFAULT_MAX_BYTES, 2);
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
                () -> EXTRACTOR.extract(document("contract.pdf"), twoPages));
        assertTrue(e.reason().contains("3 pages"), e.reason());
    }

    private static Block block(String prefix) {
        return contract.blocks().stream().filter(b -> b.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starts with " + prefix));
    }

    static Path document(String name) throws URISyntaxException {
        return Path.of(PdfExtractorTest.class.getResource("/documents/" + name).toURI());
    }
}
