package org.clausecheck.annotate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractChecker;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.annotate.Annotation;
import org.clausecheck.annotate.AnnotationPlanner;
import org.clausecheck.annotate.AnnotationResult;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;

/**
 * Reviews a PDF, writes its annotated copy and opens the copy with PDFBox as a viewer would: one highlight per
 * finding with evidence (one per page its quote touches), its quads over the quote, a note on page 1 per MISSING
 * protection, a note instead of a highlight for a quote on a page read by OCR (a scan has no glyphs under it), and
 * the same text as the original.
 */
final class AnnotatedPdf {

    /** The coverage of each highlighted quote, for the figure the corpus test prints. */
    record Outcome(Path pdf, List<Double> coverages) {
    }

    static final double MIN_COVERAGE = 0.95;
    /** Glyphs of a neighbouring line whose origin falls inside a quad are tolerated; a highlight off the quote not. */
    static final double MAX_SPREAD = 1.25;

    private AnnotatedPdf() {
    }

    static Outcome check(Path pdf, Path temp) throws IOException, ExtractionException {
        ExtractedDocument original = new Extractor().extract(pdf, ExtractionOptions.defaults());
        CheckReport report = new ContractChecker(AnalysisOptions.defaults()).check(List.of(original), List.of());
        DocumentReport document = report.documents().get(0);
        List<Annotation> plan = AnnotationPlanner.plan(report, document);
        Path copy = temp.resolve("annotated-" + pdf.getFileName());

        AnnotationResult result = new PdfAnnotator().annotate(pdf, copy, original, plan);

        assertEquals(List.of(), result.notFound(), pdf + ": quotes not found");
        List<Double> coverages = new ArrayList<>();
        try (PDDocument before = Loader.loadPDF(pdf.toFile()); PDDocument after = Loader.loadPDF(copy.toFile())) {
            assertEquals(new PDFTextStripper().getText(before), new PDFTextStripper().getText(after),
                    pdf + ": the copy's text differs");
            Map<String, Map<Integer, List<PDAnnotationTextMarkup>>> highlights = new TreeMap<>();
            List<String> notes = new ArrayList<>();
            List<String> scanned = new ArrayList<>(); // findings quoted from a page read by OCR: a note, no highlight
            for (int index = 0; index < after.getNumberOfPages(); index++) {
                for (PDAnnotation annotation : after.getPage(index).getAnnotations()) {
                    String name = annotation.getAnnotationName();
                    if (name == null || !name.startsWith(PdfNotes.NAME_PREFIX)) {
                        continue;
                    }
                    String ruleId = name.substring(PdfNotes.NAME_PREFIX.length());
                    if (annotation instanceof PDAnnotationHighlight highlight) {
                        assertTrue(highlight.getAppearance() != null, pdf + ": no appearance for " + ruleId);
                        highlights.computeIfAbsent(ruleId, r -> new TreeMap<>())
                                .computeIfAbsent(index, i -> new ArrayList<>()).add(highlight);
                    } else if (annotation instanceof PDAnnotationText note
                            && note.getContents().startsWith(PdfAnnotator.SCANNED_PAGE)) {
                        int page = index + 1;
                        assertTrue(original.ocrPages().stream().anyMatch(ocr -> ocr.page() == page),
                                pdf + ": a scanned-page note on page " + page + ", not read by OCR");
                        scanned.add(ruleId);
                    } else if (annotation instanceof PDAnnotationText) {
                        assertEquals(0, index, pdf + ": a note off page 1");
                        notes.add(ruleId);
                    }
                }
            }
            for (Annotation annotation : plan) {
                if (annotation.status() == Status.MISSING) {
                    assertTrue(notes.remove(annotation.ruleId()), pdf + ": no note for " + annotation.ruleId());
                    continue;
                }
                if (scanned.remove(annotation.ruleId())) {
                    continue;
                }
                Map<Integer, List<PDAnnotationTextMarkup>> pages = highlights.remove(annotation.ruleId());
                assertTrue(pages != null, pdf + ": no highlight for " + annotation.ruleId());
                StringBuilder under = new StringBuilder();
                for (Map.Entry<Integer, List<PDAnnotationTextMarkup>> page : pages.entrySet()) {
                    assertEquals(1, page.getValue().size(), pdf + ": one highlight per page for "
                            + annotation.ruleId());
                    PDPage onPage = after.getPage(page.getKey());
                    under.append(HighlightCoverage.textUnder(onPage, page.getValue()));
                }
                coverages.add(HighlightCoverage.of(annotation.quote(), under.toString()));
                double spread = HighlightCoverage.spread(annotation.quote(), under.toString());
                assertTrue(spread <= MAX_SPREAD, pdf + ": the highlight of " + annotation.ruleId() + " holds "
                        + spread + " times the quote's letters: «" + under + "»");
            }
            assertEquals(Map.of(), highlights, pdf + ": unplanned highlights");
            assertEquals(List.of(), notes, pdf + ": unplanned notes");
            assertEquals(List.of(), scanned, pdf + ": unplanned scanned-page notes");
        }
        return new Outcome(pdf, coverages);
    }
}
