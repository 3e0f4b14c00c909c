package org.clausecheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractChecker;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.RevisionView;
import org.clausecheck.testsupport.LibreOffice;
import org.clausecheck.testsupport.SharedCorpus;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Annotates real DOCX contracts and opens the copies as Word's tools do (POI): every finding with evidence has
 * exactly one comment by clausecheck, anchored on text that is its quote; the copy reads as the same blocks.
 */
class DocxAnnotatorTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            return files.filter(f -> f.toString().endsWith(".docx")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void annotatesEverySampleDocx(Path docx, @TempDir Path temp) throws Exception {
        assertAnnotatedCopy(docx, temp);
    }

    @Test
    void annotatesTheStandardAgreements(@TempDir Path temp) throws Exception {
        for (Path docx : SharedCorpus.files("standard", ".docx")) {
            assertAnnotatedCopy(docx, temp);
        }
    }

    /**
     * LibreOffice opens every annotated copy and keeps every comment: each copy converted to ODT holds one
     * annotation by clausecheck per comment written. Skips when {@code soffice} is absent, unless the corpus is
     * required (CI installs LibreOffice).
     */
    @Test
    void libreOfficeOpensEveryAnnotatedCopyWithItsComments(@TempDir Path temp) throws Exception {
        List<Path> documents = new ArrayList<>(samples().toList());
        documents.addAll(SharedCorpus.files("standard", ".docx"));
        Map<Path, Long> comments = new LinkedHashMap<>();
        for (Path docx : documents) {
            Path copy = assertAnnotatedCopy(docx, temp);
            try (InputStream in = Files.newInputStream(copy); XWPFDocument reopened = new XWPFDocument(in)) {
                comments.put(copy, reopened.getDocComments().getComments().stream()
                        .filter(c -> c.getAuthor().equals("clausecheck")).count());
            }
        }
        Path out = Files.createDirectories(temp.resolve("odt"));
        boolean converted = LibreOffice.convert(List.copyOf(comments.keySet()), "odt", out);
        if (!converted && Boolean.getBoolean("clausecheck.requireCorpus")) {
            Assertions.fail("soffice is required in CI but could not convert the annotated copies");
        }
        Assumptions.assumeTrue(converted, "soffice is not available");
        for (Map.Entry<Path, Long> copy : comments.entrySet()) {
            String name = copy.getKey().getFileName().toString().replaceAll("\\.docx$", ".odt");
            assertEquals(copy.getValue(), OdtAnnotations.annotationsBy(out.resolve(name), "clausecheck"),
                    copy.getKey().getFileName() + ": comments LibreOffice kept");
        }
    }

    /** A reviewed draft with a reviewer's comment and tracked changes, read in both views. */
    @ParameterizedTest
    @EnumSource(RevisionView.class)
    void keepsExistingCommentsAndTrackedChanges(RevisionView view, @TempDir Path temp) throws Exception {
        Path docx = Path.of("..", "extractor", "src", "test", "resources", "documents", "outsourcing-agreement.docx");
        Path copy = assertAnnotatedCopy(docx, temp, view);

        try (InputStream before = Files.newInputStream(docx); XWPFDocument original = new XWPFDocument(before);
             InputStream after = Files.newInputStream(copy); XWPFDocument annotated = new XWPFDocument(after)) {
            XWPFComment reviewer = annotated.getDocComments().getCommentByID("0");
            assertEquals("Reviewer", reviewer.getAuthor());
            assertEquals(original.getDocComments().getCommentByID("0").getText(), reviewer.getText());
            assertTrue(CommentRanges.anchoredText(annotated).containsKey("0"), "the reviewer's range stays");
            for (String change : List.of("ins", "del")) {
                assertEquals(count(original, change), count(annotated, change), "tracked w:" + change);
            }
        }
    }

    private static long count(XWPFDocument document, String localName) {
        return document.getDocument().getBody().getDomNode() instanceof org.w3c.dom.Element body
                ? body.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                localName).getLength() : 0;
    }

    private static Path assertAnnotatedCopy(Path docx, Path temp) throws Exception {
        return assertAnnotatedCopy(docx, temp, RevisionView.ACCEPTED);
    }

    private static Path assertAnnotatedCopy(Path docx, Path temp, RevisionView view) throws Exception {
        ExtractionOptions options = ExtractionOptions.defaults().withRevisionView(view);
        ExtractedDocument original = new Extractor().extract(docx, options);
        CheckReport report = new ContractChecker(AnalysisOptions.defaults()).check(List.of(original), List.of());
        DocumentReport document = report.documents().get(0);
        List<Annotation> plan = AnnotationPlanner.plan(report, document);
        assertFalse(plan.isEmpty(), docx + ": nothing to annotate");
        Path copy = temp.resolve("annotated-" + view + "-" + docx.getFileName());

        AnnotationResult result = new DocxAnnotator(view).annotate(docx, copy, original.text(), plan);

        assertEquals(List.of(), result.notFound(), docx + ": quotes not found");
        for (Finding finding : document.analysis().findings()) {
            if (!finding.evidence().isEmpty()) {
                assertEquals(1, plan.stream().filter(a -> a.ruleId().equals(finding.ruleId())).count(),
                        docx + ": one comment for " + finding.ruleId());
            }
        }
        try (InputStream in = Files.newInputStream(copy); XWPFDocument reopened = new XWPFDocument(in)) {
            Map<String, String> anchored = CommentRanges.anchoredText(reopened, view);
            List<XWPFComment> ours = new ArrayList<>();
            for (XWPFComment comment : reopened.getDocComments().getComments()) {
                if (comment.getAuthor().equals("clausecheck")) {
                    ours.add(comment);
                }
            }
            assertEquals(plan.size(), ours.size(), docx + ": one comment per annotation");
            for (XWPFComment comment : ours) {
                Annotation annotation = plan.stream().filter(a -> a.comment().equals(comment.getText().strip()))
                        .findFirst().orElseThrow(() -> new AssertionError("unplanned comment " + comment.getText()));
                assertEquals("CC", comment.getInitials());
                String text = WordText.normalise(anchored.getOrDefault(comment.getId(), ""));
                assertFalse(text.isEmpty(), docx + ": comment " + comment.getId() + " anchors no text");
                if (!annotation.atTitle()) {
                    assertCoversQuote(docx, WordText.normalise(annotation.quote()), text);
                }
            }
        }
        ExtractedDocument reread = new Extractor().extract(copy, options);
        assertEquals(original.blocks().stream().map(Block::text).toList(),
                reread.blocks().stream().map(Block::text).toList(), docx + ": the copy reads differently");
        return copy;
    }

    /** The anchored text is the quote, or the quote without a list number Word prints (in no run). */
    private static void assertCoversQuote(Path docx, String quote, String anchored) {
        if (anchored.equals(quote)) {
            return;
        }
        assertTrue(quote.endsWith(anchored), docx + ": anchored «" + anchored + "» is not the quote «" + quote + "»");
        String label = quote.substring(0, quote.length() - anchored.length()).strip();
        assertTrue(label.length() <= 16 && label.split(" ").length <= 3,
                docx + ": more than a list number left out of the anchor: «" + label + "»");
    }
}
