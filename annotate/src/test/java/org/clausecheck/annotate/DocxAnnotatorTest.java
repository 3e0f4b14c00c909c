package org.clausecheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.RevisionView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
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
        Path standard = SharedCorpus.require("standard");
        List<Path> documents;
        try (Stream<Path> files = Files.list(standard)) {
            documents = files.filter(f -> f.toString().endsWith(".docx")).sorted().toList();
        }
        assertFalse(documents.isEmpty(), "no DOCX in " + standard);
        for (Path docx : documents) {
            assertAnnotatedCopy(docx, temp);
        }
    }

    private static void assertAnnotatedCopy(Path docx, Path temp) throws Exception {
        ExtractedDocument original = new Extractor().extract(docx);
        CheckReport report = new ContractChecker(AnalysisOptions.defaults()).check(List.of(original), List.of());
        DocumentReport document = report.documents().get(0);
        List<Annotation> plan = AnnotationPlanner.plan(report, document);
        Path copy = temp.resolve("annotated-" + docx.getFileName());

        AnnotationResult result = new DocxAnnotator(RevisionView.ACCEPTED).annotate(docx, copy, original.text(), plan);

        assertEquals(List.of(), result.notFound(), docx + ": quotes not found");
        for (Finding finding : document.analysis().findings()) {
            if (!finding.evidence().isEmpty()) {
                assertEquals(1, plan.stream().filter(a -> a.ruleId().equals(finding.ruleId())).count(),
                        docx + ": one comment for " + finding.ruleId());
            }
        }
        try (InputStream in = Files.newInputStream(copy); XWPFDocument reopened = new XWPFDocument(in)) {
            Map<String, String> anchored = CommentRanges.anchoredText(reopened);
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
        ExtractedDocument reread = new Extractor().extract(copy);
        assertEquals(original.blocks().stream().map(Block::text).toList(),
                reread.blocks().stream().map(Block::text).toList(), docx + ": the copy reads differently");
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
