package org.clausecheck.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.testsupport.SharedCorpus;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.OcrMode;
import org.clausecheck.extract.ocr.SimulatedScan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * OCR on scans of real contracts (docs/ocr.md): the first short CUAD contracts (2 or 3 pages, in name order, about
 * ten pages in all) are scanned as {@link SimulatedScan#standard()} does (200 dpi, 0.6 degrees, noise, JPEG), read
 * back by OCR, and compared with the text layer of the same pages (token F1) and with the verdicts the analyzer
 * gives on the digital original. Few pages, so that CI stays short.
 */
class OcrCorpusCheckTest {

    private static final int PAGES = 10;
    /**
     * Measured 0.989 mean token F1 and 97.7 % of verdicts equal (docs/ocr.md); the floors are the targets,
     * 0.98 and 95 %.
     */
    private static final double MIN_MEAN_F1 = 0.98;
    private static final double MIN_AGREEMENT = 0.95;

    @Test
    void scansOfRealContractsReadBackWithTheirTextAndVerdicts() throws Exception {
        Path folder = SharedCorpus.require("cuad/pdf");
        requireTesseract();
        Extractor extractor = new Extractor();
        ContractAnalyzer analyzer = new ContractAnalyzer();
        AnalysisOptions analysis = AnalysisOptions.defaults();
        List<Double> f1s = new ArrayList<>();
        int verdicts = 0;
        int equal = 0;
        int pages = 0;
        for (Path pdf : shortContracts(folder)) {
            byte[] original = Files.readAllBytes(pdf);
            byte[] scan;
            try (PDDocument document = Loader.loadPDF(original)) {
                scan = SimulatedScan.standard().scan(document,
                        IntStream.range(0, document.getNumberOfPages()).boxed().toList(), pdf.getFileName().hashCode());
                pages += document.getNumberOfPages();
            }
            ExtractedDocument digital = extractor.extract(pdf, original, ExtractionOptions.defaults().withOcr(OcrMode.NEVER));
            ExtractedDocument scanned = extractor.extract(pdf, scan, ExtractionOptions.defaults());
            double f1 = TokenF1.of(digital.text(), scanned.text()).f1();
            f1s.add(f1);
            List<Finding> before = analyzer.analyze(digital, analysis).findings();
            List<Finding> after = analyzer.analyze(scanned, analysis).findings();
            for (int i = 0; i < before.size(); i++) {
                verdicts++;
                equal += before.get(i).status() == after.get(i).status() ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "ocr corpus check: %s token F1 %.4f%n", pdf.getFileName(), f1);
            if (pages >= PAGES) {
                break;
            }
        }
        double mean = f1s.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double agreement = (double) equal / verdicts;
        System.out.printf(Locale.ROOT, "ocr corpus check: %d pages of %d contracts, mean token F1 %.4f (min %.4f),"
                + " verdicts equal %d of %d (%.1f %%)%n", pages, f1s.size(), mean,
                f1s.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), equal, verdicts, 100.0 * agreement);
        assertTrue(mean >= MIN_MEAN_F1, "mean token F1 " + mean);
        assertTrue(agreement >= MIN_AGREEMENT, "verdict agreement " + agreement);
    }

    /** CUAD contracts of two or three pages, in name order. */
    private static List<Path> shortContracts(Path folder) throws IOException {
        List<Path> chosen = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    if (document.getNumberOfPages() >= 2 && document.getNumberOfPages() <= 3) {
                        chosen.add(pdf);
                    }
                }
            }
        }
        return chosen;
    }

    /** Tesseract is part of what CI installs with the corpus: required where the corpus is, else skipped. */
    private static void requireTesseract() throws InterruptedException {
        boolean installed;
        try {
            installed = new ProcessBuilder("tesseract", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            installed = false;
        }
        if (!installed && Boolean.getBoolean("clausecheck.requireCorpus")) {
            fail("Tesseract is required with the corpus (clausecheck.requireCorpus) but is not installed");
        }
        Assumptions.assumeTrue(installed, "tesseract is not installed");
    }
}
