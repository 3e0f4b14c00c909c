package org.clausecheck.annotate.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.annotate.Annotation;
import org.clausecheck.annotate.AnnotationResult;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.ExtractedDocument;

/**
 * Writes a copy of a PDF with a highlight over the quote of every annotation, coloured by status, its note in a
 * pop-up, and a sticky note on page 1 for every MISSING protection. Only annotations are added: the pages' content
 * streams are not touched, so the copy's text is the original's.
 */
public final class PdfAnnotator {

    /** What a note says first where its quote stands on a page read by OCR. */
    static final String SCANNED_PAGE = "On this scanned page (read by OCR; not highlighted): ";

    /** Reads {@code source}, adds the annotations and writes {@code target}; the source is never written. */
    public AnnotationResult annotate(Path source, Path target, ExtractedDocument extracted,
                                     List<Annotation> annotations) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            AnnotationResult result = annotate(document, extracted, annotations);
            document.save(target.toFile());
            return result;
        }
    }

    /** Adds the annotations to an open document. */
    public AnnotationResult annotate(PDDocument document, ExtractedDocument extracted, List<Annotation> annotations)
            throws IOException {
        GlyphText glyphs = GlyphCollector.read(document, pagesOfQuotes(document, extracted, annotations));
        QuoteMatcher matcher = new QuoteMatcher(glyphs.key());
        int[] keyOffsets = MatchKey.keyOffsets(extracted.text());
        String extractedKey = MatchKey.of(extracted.text());
        List<Annotation> anchored = new ArrayList<>();
        List<Annotation> notFound = new ArrayList<>();
        int notes = 0;
        Map<Integer, Integer> scannedNotes = new TreeMap<>();
        for (Annotation annotation : annotations) {
            if (annotation.status() == Status.MISSING) {
                PdfNotes.addStickyNote(document, annotation, notes++);
                anchored.add(annotation);
                continue;
            }
            Block block = blockAt(extracted, annotation.start());
            if (readByOcr(extracted, block.page())) {
                // a scan has no glyphs to highlight: the note stands at the top of the page instead
                PdfNotes.addStickyNote(document, pageIndex(block), annotation, scannedNotes.merge(block.page(), 1,
                        Integer::sum) - 1, SCANNED_PAGE + "«" + annotation.quote() + "» ");
                anchored.add(annotation);
                continue;
            }
            String quote = MatchKey.of(annotation.quote());
            int pageStart = keyOffsets[firstOffsetOfPage(extracted, block.page())];
            int before = keyOffsets[Math.min(annotation.start(), extracted.text().length())];
            List<KeyRange> ranges = matcher.find(quote, count(extractedKey.substring(pageStart, before), quote),
                    firstGlyphOfPage(glyphs, pageIndex(block)));
            if (ranges.isEmpty()) {
                notFound.add(annotation);
                continue;
            }
            Map<Integer, List<LineQuad>> byPage = new TreeMap<>();
            for (LineQuad quad : LineQuad.of(glyphs, ranges)) {
                byPage.computeIfAbsent(quad.page(), page -> new ArrayList<>()).add(quad);
            }
            for (Map.Entry<Integer, List<LineQuad>> page : byPage.entrySet()) {
                PdfNotes.addHighlight(document, document.getPage(page.getKey()), annotation, page.getValue());
            }
            anchored.add(annotation);
        }
        return new AnnotationResult(anchored, notFound);
    }

    private static boolean readByOcr(ExtractedDocument extracted, int page) {
        return extracted.ocrPages().stream().anyMatch(ocr -> ocr.page() == page);
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int index = text.indexOf(needle); index >= 0 && !needle.isEmpty();
             index = text.indexOf(needle, index + 1)) {
            count++;
        }
        return count;
    }

    /** The pages (0-based) a highlighted quote may stand on: its block's page and the next, where it may go on. */
    private static SortedSet<Integer> pagesOfQuotes(PDDocument document, ExtractedDocument extracted,
                                                    List<Annotation> annotations) {
        SortedSet<Integer> pages = new TreeSet<>();
        for (Annotation annotation : annotations) {
            if (annotation.status() != Status.MISSING) {
                int page = pageIndex(blockAt(extracted, annotation.start()));
                pages.add(page);
                if (page + 1 < document.getNumberOfPages()) {
                    pages.add(page + 1);
                }
            }
        }
        return pages;
    }

    /** The block holding the offset, or the last one. */
    private static Block blockAt(ExtractedDocument extracted, int offset) {
        for (Block block : extracted.blocks()) {
            if (offset < block.end()) {
                return block;
            }
        }
        return extracted.blocks().get(extracted.blocks().size() - 1);
    }

    private static int pageIndex(Block block) {
        return Math.max(block.page(), 1) - 1;
    }

    /** The text offset of the first block on a page (of the first block when none says its page). */
    private static int firstOffsetOfPage(ExtractedDocument extracted, int page) {
        for (Block block : extracted.blocks()) {
            if (block.page() == page) {
                return block.start();
            }
        }
        return 0;
    }

    private static int firstGlyphOfPage(GlyphText glyphs, int page) {
        List<GlyphBox> boxes = glyphs.boxes();
        int low = 0;
        int high = boxes.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (boxes.get(middle).page() < page) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
