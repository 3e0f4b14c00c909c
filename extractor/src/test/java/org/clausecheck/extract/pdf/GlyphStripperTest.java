package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.clausecheck.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GlyphStripper must hand over exactly the glyphs, positions and widths that PDFBox's own stripper does. */
class GlyphStripperTest {

    static Stream<Path> pdfs() throws IOException, URISyntaxException {
        Path documents = Path.of(GlyphStripperTest.class.getResource("/documents/contract.pdf").toURI()).getParent();
        Path samples = Path.of("..", "samples");
        List<Path> pdfs = new ArrayList<>();
        for (Path folder : List.of(documents, samples)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> file.toString().endsWith(".pdf"))
                        .filter(file -> !file.getFileName().toString().matches("(corrupt|encrypted)\\.pdf"))
                        .sorted().forEach(pdfs::add);
            }
        }
        return pdfs.stream();
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void handsOverWhatPdfBoxHandsOver(Path pdf) throws IOException {
        List<String> expected;
        List<String> actual;
        try (PDDocument document = Loader.loadPDF(new File(pdf.toString()))) {
            expected = new PdfBoxRecorder().record(document);
        }
        try (PDDocument document = Loader.loadPDF(new File(pdf.toString()))) {
            actual = new Recorder().record(document);
        }
        assertEquals(expected, actual, pdf.getFileName().toString());
    }

    /** The real producers: every CUAD PDF of the shared corpus, when it is there. */
    @Test
    void handsOverWhatPdfBoxHandsOverOnTheCorpus() throws IOException {
        Path folder = SharedCorpus.require("cuad/pdf");
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(folder)) {
            pdfs = files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(270, pdfs.size(), "CUAD has 270 PDFs");
        for (Path pdf : pdfs) {
            handsOverWhatPdfBoxHandsOver(pdf);
        }
    }

    @Test
    void glyphPathsFixtureReachesEveryPath() throws Exception {
        Path pdf = Path.of(GlyphStripperTest.class.getResource("/documents/glyph-paths.pdf").toURI());
        List<String> glyphs;
        try (PDDocument document = Loader.loadPDF(new File(pdf.toString()))) {
            glyphs = new Recorder().record(document);
        }
        String text = String.join("", glyphs.stream().map(glyph -> glyph.split("\t")[1]).toList());
        assertTrue(text.contains("The first content stream holds this line."), text);
        assertTrue(text.contains("The last content stream holds this one."), text);
        assertTrue(text.contains("\u03A9mega"), text); // a composite font's glyph
        assertTrue(text.contains("Vertical"), text);

        ExtractedDocument extracted = new Extractor().extract(pdf);
        assertTrue(extracted.text().contains("2. The last content stream holds this one."), extracted.text());
        assertTrue(extracted.text().contains("4. Spaced, scaled and raised words."), extracted.text());
    }

    /** One line per glyph with everything PDFTextStripper's rules and our assembler read from it. */
    private static String describe(int page, TextPosition glyph) {
        return String.join("\t", String.valueOf(page), glyph.getUnicode(), Arrays.toString(glyph.getCharacterCodes()),
                String.format(Locale.ROOT, "%s %s %s %s %s %s %s %s %s %s %s %s %s", glyph.getX(), glyph.getY(),
                        glyph.getXDirAdj(), glyph.getYDirAdj(), glyph.getWidth(), glyph.getWidthDirAdj(),
                        glyph.getHeight(), glyph.getHeightDir(), glyph.getWidthOfSpace(), glyph.getFontSize(),
                        glyph.getFontSizeInPt(), glyph.getDir(), glyph.getTextMatrix()),
                glyph.getFont() == null ? "" : glyph.getFont().getName());
    }

    /** PDFBox's stripper, configured as ours. */
    private static final class PdfBoxRecorder extends PDFTextStripper {
        private final GlyphLog log = new GlyphLog(this);

        List<String> record(PDDocument document) throws IOException {
            return log.record(document);
        }

        @Override
        public void processPage(PDPage page) {
            log.page(getCurrentPageNo(), () -> super.processPage(page));
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            log.glyph(getCurrentPageNo(), glyph);
        }
    }

    private static final class Recorder extends GlyphStripper {
        private final GlyphLog log = new GlyphLog(this);

        List<String> record(PDDocument document) throws IOException {
            return log.record(document);
        }

        @Override
        public void processPage(PDPage page) {
            log.page(getCurrentPageNo(), () -> super.processPage(page));
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            log.glyph(getCurrentPageNo(), glyph);
        }
    }

    private interface PageReading {
        void run() throws IOException;
    }

    /**
     * What both recorders write: a line per glyph, or one for a page that failed. The stripper is set up in
     * content order with nothing suppressed, as ours runs.
     */
    private static final class GlyphLog {
        private final PDFTextStripper stripper;
        private final List<String> lines = new ArrayList<>();

        GlyphLog(PDFTextStripper stripper) {
            this.stripper = stripper;
            stripper.setSortByPosition(false);
            stripper.setSuppressDuplicateOverlappingText(false);
            stripper.setShouldSeparateByBeads(false);
        }

        List<String> record(PDDocument document) throws IOException {
            stripper.writeText(document, Writer.nullWriter());
            return lines;
        }

        void page(int number, PageReading reading) {
            try {
                reading.run();
            } catch (IOException | RuntimeException e) {
                lines.add("page " + number + " failed: " + e.getMessage());
            }
        }

        void glyph(int page, TextPosition glyph) {
            lines.add(describe(page, glyph));
        }
    }
}
