package org.clausecheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractChecker;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.RevisionView;
import org.clausecheck.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DOC, TXT and Markdown contracts annotated in a DOCX of their extracted text. */
class ExtractedTextDocxTest {

    @ParameterizedTest
    @ValueSource(strings = {"../samples/northwind-ai-development-agreement.txt",
            "../samples/joint-ownership-pilot-agreement.doc", "../samples/weak-conditional-development-agreement.doc"})
    void aDocxOfTheExtractedTextCarriesTheComments(String sample, @TempDir Path temp) throws Exception {
        assertAnnotatedTextCopy(sample, temp);
    }

    @Test
    void theStandardMarkdownAgreements(@TempDir Path temp) throws Exception {
        for (Path file : SharedCorpus.files("standard", ".md")) {
            assertAnnotatedTextCopy(file.toString(), temp);
        }
    }

    private static void assertAnnotatedTextCopy(String sample, Path temp) throws Exception {
        ExtractedDocument original = new Extractor().extract(Path.of(sample));
        CheckReport report = new ContractChecker(AnalysisOptions.defaults()).check(List.of(original), List.of());
        List<Annotation> plan = AnnotationPlanner.plan(report, report.documents().get(0));
        assertFalse(plan.isEmpty(), sample + ": nothing to annotate");
        Path copy = temp.resolve("annotated.docx");
        try (XWPFDocument document = ExtractedTextDocx.of(original); OutputStream out = Files.newOutputStream(copy)) {
            AnnotationResult result = new DocxAnnotator(RevisionView.ACCEPTED).annotate(document, original.text(), plan);
            assertEquals(List.of(), result.notFound(), sample + ": quotes not found");
            document.write(out);
        }

        try (InputStream in = Files.newInputStream(copy); XWPFDocument reopened = new XWPFDocument(in)) {
            Map<String, String> anchored = CommentRanges.anchoredText(reopened);
            XWPFComment[] comments = reopened.getComments();
            assertEquals(plan.size(), comments.length);
            for (XWPFComment comment : comments) {
                Annotation annotation = plan.stream().filter(a -> a.comment().equals(comment.getText().strip()))
                        .findFirst().orElseThrow();
                String text = WordText.normalise(anchored.get(comment.getId()));
                // Here the list numbers are text, so the anchor is the whole quote.
                assertTrue(annotation.atTitle() || text.equals(WordText.normalise(annotation.quote())),
                        sample + ": anchored «" + text + "»");
            }
            long headings = original.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING).count();
            long outlined = reopened.getParagraphs().stream().filter(ExtractedTextDocxTest::hasOutlineLevel).count();
            assertEquals(headings, outlined, sample + ": every heading is a Word heading");
        }
        ExtractedDocument reread = new Extractor().extract(copy);
        assertEquals(original.blocks().stream().map(Block::text).toList(),
                reread.blocks().stream().map(Block::text).toList());
    }

    private static boolean hasOutlineLevel(XWPFParagraph paragraph) {
        return paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null;
    }
}
