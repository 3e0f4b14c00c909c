package org.clausecheck.annotate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausecheck.testsupport.SharedCorpus;
import org.clausecheck.extract.ExtractionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CUAD PDFs annotated, with the assertions of {@link PdfAnnotatorTest}. The first 30 by name by default, to
 * keep the build short; {@code -Dclausecheck.cuadPdfs=all} (or a number) runs more and prints the coverage figure.
 * A PDF clausecheck cannot read (no text layer) has nothing to annotate and is counted apart.
 */
class CuadPdfAnnotationTest {

    private static final int DEFAULT_FILES = 30;

    @Test
    void highlightsEveryQuoteOfTheCuadPdfs(@TempDir Path temp) throws Exception {
        List<Path> pdfs = SharedCorpus.files("cuad/pdf", ".pdf");
        String wanted = System.getProperty("clausecheck.cuadPdfs", String.valueOf(DEFAULT_FILES));
        int limit = wanted.equals("all") ? pdfs.size() : Math.min(Integer.parseInt(wanted), pdfs.size());
        List<String> failures = new ArrayList<>();
        List<Double> coverages = new ArrayList<>();
        int unreadable = 0;
        for (Path pdf : pdfs.subList(0, limit)) {
            try {
                AnnotatedPdf.Outcome outcome = AnnotatedPdf.check(pdf, temp);
                coverages.addAll(outcome.coverages());
                for (double coverage : outcome.coverages()) {
                    if (coverage < AnnotatedPdf.MIN_COVERAGE) {
                        failures.add(pdf.getFileName() + ": a quote highlighted at " + coverage);
                    }
                }
            } catch (ExtractionException e) {
                unreadable++;
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        long full = coverages.stream().filter(c -> c >= 0.999).count();
        double mean = coverages.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("CUAD PDFs annotated: %d files (%d unreadable), %d highlights, mean coverage %.4f,"
                        + " %d fully covered, %d below %.0f %%%n", limit, unreadable, coverages.size(), mean, full,
                coverages.stream().filter(c -> c < AnnotatedPdf.MIN_COVERAGE).count(),
                AnnotatedPdf.MIN_COVERAGE * 100);
        assertTrue(coverages.size() > limit, "hardly any highlight in " + limit + " CUAD PDFs");
        assertEquals(List.of(), failures);
    }
}
