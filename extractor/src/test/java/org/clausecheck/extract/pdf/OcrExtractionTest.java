package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.DocumentTooLargeException;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.ExtractionWarning;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.NoTextLayerException;
import org.clausecheck.extract.OcrMode;
import org.clausecheck.extract.OcrPage;
import org.clausecheck.extract.ocr.SimulatedScan;
import org.clausecheck.extract.ocr.Tesseract;
import org.clausecheck.extract.ocr.TesseractAvailability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scans made here from a contract typeset here (rendered at 200 dpi, turned 0.6 degrees, noised, JPEG-compressed,
 * wrapped as an image-only PDF) are read back by OCR into the same blocks a text layer gives.
 */
class OcrExtractionTest {

    private static final List<List<String>> PAGES = List.of(
            List.of("#1. DEFINITIONS",
                    "1.1 \"Services\" means the warehousing, freight forwarding and customs clearance services described"
                            + " in Schedule 1, as amended from time to time by written agreement of the parties.",
                    "1.2 \"Customer Data\" means all information that the Customer provides to the Supplier or that"
                            + " the Supplier collects on behalf of the Customer in the course of the Services.",
                    "#2. TERM AND TERMINATION",
                    "2.1 This Agreement begins on the Effective Date and continues for an initial term of three years,"
                            + " after which it renews for successive periods of one year unless either party gives"
                            + " notice of non-renewal at least ninety days before the end of the current term."),
            List.of("#3. LIABILITY",
                    "3.1 Neither party shall be liable to the other for any indirect or consequential loss, including"
                            + " loss of profit, revenue or goodwill, arising out of or in connection with this Agreement.",
                    "3.2 The total liability of the Supplier under this Agreement shall not exceed the fees paid by"
                            + " the Customer in the twelve months preceding the event giving rise to the claim.",
                    "#4. DATA PROTECTION",
                    "4.1 The Supplier shall process Customer Data only on the documented instructions of the Customer"
                            + " and shall return or delete all Customer Data at the end of the Services."));

    /** A third page, for a contract whose middle page is scanned. */
    private static final List<String> SCHEDULE = List.of("#5. NOTICES",
            "5.1 Notices under this Agreement shall be in writing and delivered by hand or by registered post to the"
                    + " address of the other party stated above, and take effect on receipt.");

    /** Measured 0.99 to 1.00 with Tesseract 5.3 on these pages; the floor leaves room for other versions. */
    private static final double MIN_TOKEN_F1 = 0.97;

    private static byte[] digital;
    private static byte[] threePages;
    private static byte[] scanned;

    @BeforeAll
    static void typesetAndScan() throws IOException {
        try (PDDocument document = TypesetContract.typeset(PAGES)) {
            digital = TypesetContract.bytes(document);
            scanned = SimulatedScan.standard().scan(document, List.of(0, 1), 16);
        }
        try (PDDocument document = TypesetContract.typeset(List.of(PAGES.get(0), PAGES.get(1), SCHEDULE))) {
            threePages = TypesetContract.bytes(document);
        }
    }

    @Test
    void aScannedContractIsReadByOcrIntoPagesSectionsAndHeadings() throws ExtractionException {
        TesseractAvailability.require();

        ExtractedDocument document = new Extractor().extract(Path.of("scan.pdf"), scanned, ExtractionOptions.defaults());

        double f1 = tokenF1(TypesetContract.bodyText(PAGES), document.text());
        assertTrue(f1 >= MIN_TOKEN_F1, "token F1 " + f1 + ":\n" + document.text());
        assertEquals(List.of(1, 2), document.ocrPages().stream().map(OcrPage::page).toList());
        for (OcrPage page : document.ocrPages()) {
            assertTrue(page.meanConfidence() > 80, "confidence " + page.meanConfidence());
        }
        assertTrue(document.warnings().stream().allMatch(w -> w.message().startsWith("read by OCR") && !w.textLost()),
                document.warnings().toString());
        Block liability = block(document, "3.2 The total liability");
        assertEquals(2, liability.page());
        assertEquals("3.2", liability.sectionNumber());
        assertEquals(List.of("3. LIABILITY"), liability.headingPath());
        assertEquals(BlockKind.HEADING, block(document, "4. DATA PROTECTION").kind());
        assertEquals(List.of(TypesetContract.HEADER), document.metadata().runningHeaders(),
                "the running header is furniture, not body");
        assertFalse(document.text().contains("Page 1 of 2"), "nor is the page number");
    }

    @Test
    void aMixedPdfIsReadWholeAndOnlyTheScannedPageIsMarked() throws Exception {
        TesseractAvailability.require();
        byte[] mixed = withScannedMiddlePage();

        ExtractedDocument document = new Extractor().extract(Path.of("mixed.pdf"), mixed, ExtractionOptions.defaults());

        assertEquals(List.of(2), document.ocrPages().stream().map(OcrPage::page).toList());
        assertEquals(List.of(2), document.warnings().stream().map(ExtractionWarning::page).toList());
        assertTrue(document.warnings().get(0).message().startsWith("read by OCR (mean word confidence"));
        assertEquals(List.of(1, 2, 3), document.blocks().stream().map(Block::page).distinct().toList());
        assertEquals(2, block(document, "3.1 Neither party").page());
        assertTrue(tokenF1(TypesetContract.bodyText(List.of(PAGES.get(0), PAGES.get(1), SCHEDULE)),
                document.text()) >= MIN_TOKEN_F1, document.text());
    }

    @Test
    void alwaysReadsDigitalPagesByOcrAndNeverRefusesTheScanAsBefore() throws Exception {
        TesseractAvailability.require();

        ExtractedDocument always = new Extractor().extract(Path.of("digital.pdf"), digital,
                ExtractionOptions.defaults().withOcr(OcrMode.ALWAYS).withOcrThreads(2));
        assertEquals(List.of(1, 2), always.ocrPages().stream().map(OcrPage::page).toList());
        assertTrue(tokenF1(TypesetContract.bodyText(PAGES), always.text()) >= MIN_TOKEN_F1, always.text());

        NoTextLayerException refused = assertThrows(NoTextLayerException.class, () -> new Extractor().extract(
                Path.of("scan.pdf"), scanned, ExtractionOptions.defaults().withOcr(OcrMode.NEVER)));
        assertEquals("the PDF has no text layer (scanned or image-only); run OCR on it first", refused.reason());
        assertTrue(new Extractor().extract(Path.of("digital.pdf"), digital, ExtractionOptions.defaults())
                .ocrPages().isEmpty(), "auto leaves a good text layer alone");
    }

    @Test
    void maxPagesRefusesALongScanBeforeAnyPageIsReadByOcr() {
        // A Tesseract that cannot run: had OCR started, the scan would fail for want of it, not for its length.
        Extractor withoutTesseract = new Extractor(List.of(new PdfExtractor(
                new Tesseract("/nonexistent/clausecheck-tesseract", Duration.ofSeconds(10)))));

        DocumentTooLargeException refused = assertThrows(DocumentTooLargeException.class, () -> withoutTesseract.extract(
                Path.of("scan.pdf"), scanned, ExtractionOptions.defaults().withOcr(OcrMode.ALWAYS).withLimits(
                        ExtractionOptions.DEFAULT_MAX_BYTES, 1)));

        assertEquals("the PDF has 2 pages, over the limit of 1 (raise it with --max-pages)", refused.reason());
    }

    @Test
    void withoutTesseractAScanIsOneLineNamingThePackageAndAMixedPdfKeepsItsDigitalPages() throws Exception {
        Extractor withoutTesseract = new Extractor(List.of(new PdfExtractor(
                new Tesseract("/nonexistent/clausecheck-tesseract", Duration.ofSeconds(10)))));

        NoTextLayerException refused = assertThrows(NoTextLayerException.class,
                () -> withoutTesseract.extract(Path.of("scan.pdf"), scanned, ExtractionOptions.defaults()));
        assertTrue(refused.reason().contains("apt-get install tesseract-ocr"), refused.reason());
        assertFalse(refused.reason().contains("\n"), refused.reason());

        ExtractedDocument mixed = withoutTesseract.extract(Path.of("mixed.pdf"), withScannedMiddlePage(),
                ExtractionOptions.defaults());
        assertEquals(List.of(1, 3), mixed.blocks().stream().map(Block::page).distinct().toList());
        ExtractionWarning warning = mixed.warnings().get(0);
        assertEquals(2, warning.page());
        assertTrue(warning.textLost() && warning.message().contains("apt-get install tesseract-ocr"), warning.message());

        NoTextLayerException never = assertThrows(NoTextLayerException.class, () -> withoutTesseract.extract(
                Path.of("scan.pdf"), scanned, ExtractionOptions.defaults().withOcr(OcrMode.NEVER)));
        assertEquals("the PDF has no text layer (scanned or image-only); run OCR on it first", never.reason());
    }

    /** The three-page contract with its middle page replaced by the scan of that page. */
    private static byte[] withScannedMiddlePage() throws IOException {
        try (PDDocument document = Loader.loadPDF(threePages); PDDocument scan = Loader.loadPDF(scanned);
             PDDocument mixed = new PDDocument()) {
            mixed.importPage(document.getPage(0));
            mixed.importPage(scan.getPage(1));
            mixed.importPage(document.getPage(2));
            return TypesetContract.bytes(mixed);
        }
    }

    private static Block block(ExtractedDocument document, String start) {
        return document.blocks().stream().filter(b -> b.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starts with " + start + ":\n" + document.text()));
    }

    /** Token F1 as the eval module's TokenF1 computes it (lower case, letters and digits), which this cannot use. */
    static double tokenF1(String reference, String extracted) {
        Map<String, Integer> expected = tokens(reference);
        Map<String, Integer> actual = tokens(extracted);
        long common = 0;
        for (Map.Entry<String, Integer> entry : actual.entrySet()) {
            common += Math.min(entry.getValue(), expected.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) common / actual.values().stream().mapToInt(Integer::intValue).sum();
        double recall = (double) common / expected.values().stream().mapToInt(Integer::intValue).sum();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!token.isEmpty()) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }
}
