package org.clausecheck.analyze.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.DocumentMetadata;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.OcrPage;
import org.junit.jupiter.api.Test;

class OcrEvidenceTest {

    private static final String DIGITAL = "The Supplier owns the Deliverables.";
    private static final String SCANNED = "The Supplier shall indemnify the Customer against third-party claims.";

    /** Page 1 digital; page 2 scanned, its words read with the given confidences in turn. */
    private static ExtractedDocument document(double... confidences) {
        List<OcrPage.Word> words = new ArrayList<>();
        words.add(new OcrPage.Word("Schedule", 99));
        String[] printed = SCANNED.split(" ");
        for (int i = 0; i < printed.length; i++) {
            words.add(new OcrPage.Word(printed[i], confidences[i % confidences.length]));
        }
        String text = DIGITAL + "\n\n" + SCANNED;
        List<Block> blocks = List.of(new Block(DIGITAL, BlockKind.PARAGRAPH, 1, null, List.of(), 0, DIGITAL.length()),
                new Block(SCANNED, BlockKind.PARAGRAPH, 2, null, List.of(), DIGITAL.length() + 2, text.length()));
        double mean = words.stream().mapToDouble(OcrPage.Word::confidence).average().orElseThrow();
        return new ExtractedDocument("id", "scan.pdf", DocumentFormat.PDF, DocumentMetadata.empty(), text, blocks,
                List.of(), List.of(new OcrPage(2, mean, words)));
    }

    private static Finding finding(Evidence... evidence) {
        return new Finding("indemnity", Status.MET, 0.8, List.of("present-indemnity matched"), List.of(evidence), "");
    }

    private static Evidence quoted(String quote, int page, int start) {
        return new Evidence(EvidenceKind.SATISFYING, "present-indemnity", quote, page, null, "", start,
                start + quote.length(), "");
    }

    @Test
    void evidenceFromAScannedPageSaysSoAndLowConfidenceLowersTheFinding() {
        ExtractedDocument document = document(60);
        Evidence scanned = quoted(SCANNED, 2, DIGITAL.length() + 2);
        Evidence digital = quoted(DIGITAL, 1, 0);

        Finding marked = OcrEvidence.mark(List.of(finding(digital, scanned)), document).get(0);

        assertEquals(digital, marked.evidence().get(0), "a digital page's evidence is left as it is");
        assertEquals("read by OCR (mean word confidence 60 %)", marked.evidence().get(1).note());
        assertEquals(0.8 * 60 / 90, marked.confidence(), 1e-9);
        assertEquals(Status.MET, marked.status(), "the verdict is not the OCR's to change");
        assertTrue(marked.reasons().get(marked.reasons().size() - 1).contains("confidence lowered"), marked.reasons().toString());
    }

    @Test
    void theQuotedWordsCountNotTheRestOfThePage() {
        // The page's first word is read with 99; the quote's words alternate 95 and 85: 90 on average.
        ExtractedDocument document = document(95, 85);
        Finding marked = OcrEvidence.mark(List.of(finding(quoted(SCANNED, 2, DIGITAL.length() + 2))), document).get(0);

        assertEquals("read by OCR (mean word confidence 90 %)", marked.evidence().get(0).note());
        assertEquals(0.8, marked.confidence(), 1e-9, "words read this well leave the confidence as it is");
    }

    @Test
    void aDocumentWithoutOcrPagesKeepsItsFindings() {
        ExtractedDocument digital = new ExtractedDocument("id", "a.pdf", DocumentFormat.PDF, DocumentMetadata.empty(),
                DIGITAL, List.of(new Block(DIGITAL, BlockKind.PARAGRAPH, 1, null, List.of(), 0, DIGITAL.length())),
                List.of());
        List<Finding> findings = List.of(finding(quoted(DIGITAL, 1, 0)));

        assertSame(findings, OcrEvidence.mark(findings, digital));
    }
}
