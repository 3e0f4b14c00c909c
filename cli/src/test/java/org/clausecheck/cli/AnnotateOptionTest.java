package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --annotate}: writes the annotated copy beside the usual report, with the same exit code, and refuses
 * what it cannot write before any contract is read (exit 2, one line).
 */
class AnnotateOptionTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final String NEARSHORE = SAMPLES.resolve("nearshore-team-statement-of-work.docx").toString();
    private static final String NORTHWIND = SAMPLES.resolve("northwind-ai-development-agreement.txt").toString();
    private static final String PARTIAL = SAMPLES.resolve("partial-protections-consulting-agreement.docx").toString();
    private static final String PDF = SAMPLES.resolve("vendor-keeps-ip-saas-terms.pdf").toString();

    @TempDir
    Path temp;

    @Test
    void writesACommentedCopyAndKeepsTheReportAndExitCode() throws Exception {
        Path reviewed = temp.resolve("reviewed.docx");
        CommandRun plain = CommandRun.of("check", NEARSHORE);
        CommandRun run = CommandRun.of("check", NEARSHORE, "--annotate", reviewed.toString());

        assertEquals(plain.exitCode(), run.exitCode(), run.err());
        assertEquals(plain.out(), run.out());
        assertTrue(run.err().contains("wrote " + reviewed), run.err());
        try (InputStream in = Files.newInputStream(reviewed); XWPFDocument document = new XWPFDocument(in)) {
            XWPFComment[] comments = document.getComments();
            assertTrue(comments.length > 0);
            for (XWPFComment comment : comments) {
                assertEquals("clausecheck", comment.getAuthor());
                assertTrue(comment.getText().matches("(?s)(MET|WEAK|CONTRARY|MISSING): .+"), comment.getText());
            }
        }
    }

    @Test
    void aTextContractGivesADocxOfItsText() throws Exception {
        Path reviewed = temp.resolve("northwind-reviewed.docx");
        CommandRun run = CommandRun.of("check", NORTHWIND, "--annotate", reviewed.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (InputStream in = Files.newInputStream(reviewed); XWPFDocument document = new XWPFDocument(in)) {
            assertTrue(document.getParagraphs().get(0).getText().contains("AI SOFTWARE DEVELOPMENT AGREEMENT"));
            assertTrue(document.getComments().length > 0);
        }
    }

    @Test
    void aPdfGetsAPdfWithHighlightsAndTheSameReport() throws Exception {
        Path reviewed = temp.resolve("reviewed.pdf");
        CommandRun plain = CommandRun.of("check", PDF);
        CommandRun run = CommandRun.of("check", PDF, "--annotate", reviewed.toString());

        assertEquals(plain.exitCode(), run.exitCode(), run.err());
        assertEquals(plain.out(), run.out());
        assertTrue(run.err().contains("wrote " + reviewed), run.err());
        try (PDDocument document = Loader.loadPDF(reviewed.toFile())) {
            List<PDAnnotation> annotations = document.getPage(0).getAnnotations();
            assertTrue(annotations.stream().anyMatch(a -> a instanceof PDAnnotationHighlight
                    && a.getContents().matches("(?s)(MET|WEAK|CONTRARY): .+")), "a highlight on page 1");
        }
    }

    @Test
    void aPdfAndItsCopyMustBothBePdf() {
        assertUsageError("an annotated copy of a PDF is a PDF", "check", PDF, "--annotate",
                temp.resolve("r.docx").toString());
        assertUsageError("only a PDF contract gives a PDF copy", "check", NEARSHORE, "--annotate",
                temp.resolve("r.pdf").toString());
    }

    @Test
    void suggestInsertsTheRequestedLanguageAsTrackedInsertions() throws Exception {
        Path reviewed = temp.resolve("suggested.docx");
        CommandRun plain = CommandRun.of("check", PARTIAL, "--format", "json");
        CommandRun run = CommandRun.of("check", PARTIAL, "--format", "json", "--annotate", reviewed.toString(),
                "--suggest");

        assertEquals(plain.exitCode(), run.exitCode(), run.err());
        assertEquals(plain.out(), run.out());
        assertTrue(run.err().contains(", 3 tracked insertions)"), run.err());
        // the document part as Word reads it (the annotate module's tests read the insertions through POI)
        String body;
        try (ZipFile zip = new ZipFile(reviewed.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher insertion = Pattern.compile("<w:ins w:id=\"\\d+\" w:author=\"clausecheck\" w:date=\"[^\"]+\">"
                + "<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t xml:space=\"preserve\">([^<]+)</w:t></w:r></w:ins>").matcher(body);
        List<String> inserted = new ArrayList<>();
        while (insertion.find()) {
            inserted.add(insertion.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&"));
        }
        assertEquals(3, inserted.size(), inserted.toString());
        for (String language : inserted) {
            // the report's language to request, as check gives it in JSON
            assertTrue(plain.out().contains(language.replace("\"", "\\\"")), language);
        }
    }

    @Test
    void suggestNeedsADocxCopy() {
        assertUsageError("--suggest needs a DOCX copy", "check", PDF, "--annotate", temp.resolve("r.pdf").toString(),
                "--suggest");
        assertUsageError("--suggest inserts language into the --annotate copy", "check", NEARSHORE, "--suggest");
        assertUsageError("--suggest inserts language into the annotated copies", "audit", NEARSHORE, "--suggest");
    }

    @Test
    void whatCannotBeWrittenIsAUsageError() throws Exception {
        Path copyOfInput = Files.copy(Path.of(NEARSHORE), temp.resolve("draft.docx"));
        assertUsageError("exactly one contract file", "check", NEARSHORE, NORTHWIND, "--annotate",
                temp.resolve("r.docx").toString());
        assertUsageError("does not exist", "check", NEARSHORE, "--annotate", temp.resolve("no/r.docx").toString());
        assertUsageError("name it .docx", "check", NEARSHORE, "--annotate", temp.resolve("r.odt").toString());
        assertUsageError("it is the contract itself", "check", copyOfInput.toString(), "--annotate",
                copyOfInput.toString());
        assertUsageError("exactly one contract file", "check", "-", "--annotate", temp.resolve("r.docx").toString());
        assertFalse(Files.exists(temp.resolve("r.docx")));
    }

    private static void assertUsageError(String reason, String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(reason), run.err());
        assertEquals("", run.out(), "nothing reviewed");
    }
}
