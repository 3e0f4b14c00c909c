package org.clausecheck.extract.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.clausecheck.testsupport.LibreOffice;
import org.clausecheck.testsupport.SharedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the list numbers we reconstruct with the numbers LibreOffice prints, on the standard DOCX
 * agreements of the shared corpus. Each numbered paragraph is found in LibreOffice's PDF by the first
 * characters of its text after the number; what LibreOffice printed before them on that line is its
 * number. Skips when the corpus or {@code soffice} is absent.
 */
class LibreOfficeNumberingTest {

    /** How many characters of a paragraph's text (after its number) identify its line in the PDF. */
    private static final int KEY_LENGTH = 24;
    /** Measured: all six standard forms that number their paragraphs match exactly (two number none). */
    private static final int REQUIRED_EXACT_DOCUMENTS = 6;
    /** Longest number LibreOffice prints before a paragraph ("Article XIV", "10.12.3"). */
    private static final int MAX_LABEL_LENGTH = 16;

    record Comparison(String document, int numbered, int matched, int notFound, List<String> mismatches,
                      List<String> notFoundExamples) {

        boolean exact() {
            return numbered > 0 && matched == numbered;
        }
    }

    @Test
    void reconstructedNumbersMatchLibreOffice(@TempDir Path temp) throws Exception {
        List<Path> documents = standardDocuments();
        Assumptions.assumeTrue(LibreOffice.convert(documents, "pdf", temp), "soffice is not available");

        List<Comparison> results = compareAll(documents, temp, ".docx");
        System.out.println("DOCX list numbers against LibreOffice's PDF\n" + table(results));
        long exact = results.stream().filter(Comparison::exact).count();
        assertTrue(exact >= REQUIRED_EXACT_DOCUMENTS, "exact matches on " + exact + " documents:\n" + table(results));
    }

    /**
     * The same check for the DOC reader, on LibreOffice's Word 97 export of each agreement compared with
     * LibreOffice's PDF of that export. HWPF's list support is narrower than Word's, so this reports the
     * figures and only requires that numbers are found and never contradict LibreOffice.
     */
    @Test
    void docListNumbersMatchLibreOffice(@TempDir Path temp) throws Exception {
        List<Path> documents = standardDocuments();
        Path docs = Files.createDirectories(temp.resolve("doc"));
        Assumptions.assumeTrue(LibreOffice.convert(documents, "doc", docs), "soffice is not available");
        List<Path> converted;
        try (Stream<Path> files = Files.list(docs)) {
            converted = files.filter(f -> f.toString().endsWith(".doc")).sorted().toList();
        }
        Assumptions.assumeTrue(LibreOffice.convert(converted, "pdf", docs), "soffice cannot convert to PDF");
        List<Comparison> results = compareAll(converted, docs, ".doc");
        System.out.println("DOC list numbers against LibreOffice's PDF\n" + table(results));
        assertTrue(results.stream().mapToInt(Comparison::matched).sum() > 0, table(results));
        assertTrue(results.stream().allMatch(r -> r.mismatches().isEmpty()), table(results));
    }

    private static List<Comparison> compareAll(List<Path> documents, Path pdfDir, String extension)
            throws Exception {
        List<Comparison> results = new ArrayList<>();
        for (Path document : documents) {
            String name = document.getFileName().toString();
            Path pdf = pdfDir.resolve(name.substring(0, name.length() - extension.length()) + ".pdf");
            results.add(compare(document, pdf));
        }
        return results;
    }

    /** The DOCX agreements of the shared corpus; skips the test when there are none. */
    private static List<Path> standardDocuments() throws IOException {
        Path standard = SharedCorpus.require("standard");
        List<Path> documents;
        try (Stream<Path> files = Files.list(standard)) {
            documents = files.filter(f -> f.toString().endsWith(".docx")).sorted().toList();
        }
        Assumptions.assumeFalse(documents.isEmpty(), "no DOCX in " + standard);
        return documents;
    }

    private static Comparison compare(Path document, Path pdf) throws Exception {
        String name = document.getFileName().toString();
        if (!Files.exists(pdf)) {
            return new Comparison(name, 0, 0, 0, List.of("LibreOffice produced no PDF"), List.of());
        }
        List<String> lines = pdfLines(pdf);
        ExtractedDocument extracted = new Extractor().extract(document);
        int numbered = 0;
        int matched = 0;
        int notFound = 0;
        List<String> mismatches = new ArrayList<>();
        List<String> notFoundExamples = new ArrayList<>();
        int cursor = 0;
        for (Block block : extracted.blocks()) {
            if (block.sectionNumber() == null || block.kind() == BlockKind.TABLE_CELL) {
                continue;
            }
            numbered++;
            String text = normalise(block.text());
            int space = text.indexOf(' ');
            String ours = space < 0 ? text : text.substring(0, space);
            String rest = space < 0 ? "" : text.substring(space + 1);
            // Compared without spaces: PDF text extraction adds and drops spaces around styled runs.
            String compactRest = compact(rest);
            String key = compactRest.substring(0, Math.min(KEY_LENGTH, compactRest.length()));
            int found = -1;
            String printed = null;
            boolean wholeText = key.length() == compactRest.length();
            for (int i = cursor; i < lines.size() && !key.isEmpty(); i++) {
                String line = lines.get(i);
                int at = line.indexOf(key);
                // The number stands at the start of the line; a short text (a heading) is the whole line.
                if (at >= 0 && at <= MAX_LABEL_LENGTH && (!wholeText || line.endsWith(key))) {
                    found = i;
                    printed = line.substring(0, at).strip();
                    break;
                }
            }
            if (found < 0) {
                notFound++;
                if (notFoundExamples.size() < 3) {
                    notFoundExamples.add(text.substring(0, Math.min(60, text.length())));
                }
                continue;
            }
            cursor = found + 1;
            String oursLabel = compact(labelOf(text, rest));
            if (oursLabel.equals(printed)) {
                matched++;
            } else {
                mismatches.add("ours \"" + oursLabel + "\" LibreOffice \"" + printed + "\" at \"" + key + "\"");
            }
        }
        return new Comparison(name, numbered, matched, notFound, mismatches, notFoundExamples);
    }

    /** Our label: everything before the paragraph's own text ("1.1", "(a)", "Article IV"). */
    private static String labelOf(String text, String rest) {
        return rest.isEmpty() ? text : text.substring(0, text.length() - rest.length()).strip();
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    private static List<String> pdfLines(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            return text.lines().map(line -> compact(normalise(line))).toList();
        }
    }

    private static String table(List<Comparison> results) {
        StringBuilder out = new StringBuilder(String.format("%-36s %9s %8s %10s %9s%n",
                "document", "numbered", "matched", "mismatched", "not found"));
        for (Comparison r : results) {
            out.append(String.format("%-36s %9d %8d %10d %9d%n", r.document(), r.numbered(), r.matched(),
                    r.mismatches().size(), r.notFound()));
            r.mismatches().stream().limit(5).forEach(m -> out.append("    ").append(m).append('\n'));
            r.notFoundExamples().forEach(m -> out.append("    not found: ").append(m).append('\n'));
        }
        return out.toString();
    }
}
