package org.clausecheck.extract.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.OcrMode;
import org.clausecheck.extract.OcrPage;
import org.clausecheck.extract.OcrProgress;
import org.clausecheck.extract.ocr.RecognisedLine;
import org.clausecheck.extract.ocr.RecognisedPage;
import org.clausecheck.extract.ocr.RecognisedWord;
import org.clausecheck.extract.ocr.Tesseract;

/**
 * The OCR step of a PDF: chooses the pages to read by OCR (none, those without a usable text layer, or all),
 * reads them, and puts their lines in place of the text layer's.
 *
 * @param pages       every page, OCR'd ones with the recognised lines
 * @param ocrPages    the pages read by OCR, with their words and confidences
 * @param ocrFailures pages on which OCR failed or read too unreliably to use, with the reason as a phrase
 *                    ("OCR failed: ...")
 * @param unavailable why OCR could not run at all (Tesseract missing), or null
 */
record OcrPass(List<PdfPage> pages, List<OcrPage> ocrPages, Map<Integer, String> ocrFailures, String unavailable) {

    /**
     * Below this mean word confidence a page's OCR text is mostly wrong words (a 50 dpi scan reads at about 60,
     * the 200 dpi scans of docs/ocr.md at 92 to 96); such text would only mislead the analysis.
     */
    static final double MIN_CONFIDENCE = 70;

    OcrPass {
        pages = List.copyOf(pages);
        ocrPages = List.copyOf(ocrPages);
        ocrFailures = Map.copyOf(ocrFailures);
    }

    /** Where a PDF's OCR progress goes: the listener and the file it is told about. */
    record Progress(Path file, OcrProgress listener) {
    }

    static OcrPass run(PDDocument pdf, List<PdfPage> pages, List<Integer> unreadable, ExtractionOptions options,
                       Tesseract tesseract, Progress progress) throws IOException {
        List<Integer> chosen = new ArrayList<>();
        for (PdfPage page : pages) {
            boolean wanted = options.ocr() == OcrMode.ALWAYS
                    || (options.ocr() == OcrMode.AUTO && !TextLayerQuality.usable(page));
            if (wanted && !unreadable.contains(page.number())) {
                chosen.add(page.number());
            }
        }
        if (!chosen.isEmpty()) {
            progress.listener().started(progress.file(), chosen.size());
        }
        OcrPageReader.Outcome outcome = new OcrPageReader(tesseract, options.effectiveOcrThreads(),
                () -> progress.listener().pageDone(progress.file())).read(pdf, chosen);
        List<PdfPage> merged = new ArrayList<>(pages.size());
        List<OcrPage> ocrPages = new ArrayList<>();
        Map<Integer, String> failures = new TreeMap<>();
        outcome.failed().forEach((page, reason) -> failures.put(page, "OCR failed: " + reason));
        for (PdfPage page : pages) {
            RecognisedPage recognised = outcome.read().get(page.number());
            boolean reliable = recognised != null
                    && (recognised.lines().isEmpty() || recognised.meanConfidence() >= MIN_CONFIDENCE);
            if (recognised != null && !reliable) {
                failures.put(page.number(), String.format(Locale.ROOT, "OCR could not read it reliably (mean word"
                        + " confidence %.0f %%, under %.0f %%)", recognised.meanConfidence(), MIN_CONFIDENCE));
            }
            merged.add(reliable ? OcrLines.page(page.number(), recognised) : page);
            if (reliable) {
                ocrPages.add(ocrPage(page.number(), recognised));
            }
        }
        return new OcrPass(merged, ocrPages, failures, outcome.unavailable());
    }

    boolean readByOcr(int page) {
        return ocrPages.stream().anyMatch(ocr -> ocr.page() == page);
    }

    /** The one line a page read by OCR gets in the warnings: shown by extract, and no text is lost. */
    String note(int page) {
        OcrPage ocr = ocrPages.stream().filter(p -> p.page() == page).findFirst().orElseThrow();
        return ocr.words().isEmpty() ? "read by OCR: no text found (a blank page?)"
                : String.format(Locale.ROOT, "read by OCR (mean word confidence %.0f %%)", ocr.meanConfidence());
    }

    private static OcrPage ocrPage(int number, RecognisedPage recognised) {
        List<OcrPage.Word> words = new ArrayList<>();
        for (RecognisedLine line : recognised.lines()) {
            for (RecognisedWord word : line.words()) {
                words.add(new OcrPage.Word(word.text(), word.confidence()));
            }
        }
        return new OcrPage(number, recognised.meanConfidence(), words);
    }
}
