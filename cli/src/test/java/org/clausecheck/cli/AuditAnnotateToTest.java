package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit DIR --annotate-to OUT}: an annotated copy of every contract audited, at the same path below OUT as
 * below DIR, each in the form its format allows; a copy that cannot be written is one line, the others are written.
 */
class AuditAnnotateToTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path temp;

    @Test
    void writesACopyOfEveryContractUnderTheSamePath() throws Exception {
        Path contracts = contracts();
        Path out = temp.resolve("reviewed");
        // A folder where one copy should go: that copy cannot be written, the others still are.
        Files.createDirectories(out.resolve("word/nearshore-team-statement-of-work.docx"));

        CommandRun run = CommandRun.of("audit", contracts.toString(), "--index", temp.resolve("index").toString(),
                "--annotate-to", out.toString(), "--no-color");

        assertEquals(1, run.exitCode(), run.err());
        List<String> failures = run.err().lines().filter(l -> l.contains("cannot annotate")).toList();
        assertEquals(1, failures.size(), run.err());
        assertTrue(failures.get(0).contains("nearshore-team-statement-of-work.docx"), failures.get(0));
        assertTrue(run.err().contains("audit: 4 annotated copies in " + out), run.err());
        assertEquals(List.of("pdf/vendor-keeps-ip-saas-terms.pdf", "text/northwind-ai-development-agreement.docx",
                        "text/weak-conditional-development-agreement.docx",
                        "word/partial-protections-consulting-agreement.docx"), copies(out));
        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/vendor-keeps-ip-saas-terms.pdf").toFile())) {
            long highlights = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    highlights += annotation instanceof PDAnnotationHighlight ? 1 : 0;
                }
            }
            assertTrue(highlights > 0, "highlights in the PDF copy");
        }
        for (String docx : List.of("text/northwind-ai-development-agreement.docx",
                "word/partial-protections-consulting-agreement.docx")) {
            try (InputStream in = Files.newInputStream(out.resolve(docx)); XWPFDocument document = new XWPFDocument(in)) {
                XWPFComment[] comments = document.getComments();
                assertTrue(comments.length > 0, docx);
                assertEquals("clausecheck", comments[0].getAuthor());
            }
        }
    }

    @Test
    void aCopyFolderInsideTheAuditedFolderIsAUsageError() throws Exception {
        Path contracts = contracts();
        CommandRun run = CommandRun.of("audit", contracts.toString(), "--index", temp.resolve("index").toString(),
                "--annotate-to", contracts.resolve("reviewed").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("lies inside"), run.err());
        assertFalse(Files.exists(contracts.resolve("reviewed")));
    }

    private Path contracts() throws Exception {
        Path contracts = temp.resolve("contracts");
        copy("vendor-keeps-ip-saas-terms.pdf", contracts.resolve("pdf"));
        copy("nearshore-team-statement-of-work.docx", contracts.resolve("word"));
        copy("partial-protections-consulting-agreement.docx", contracts.resolve("word"));
        copy("northwind-ai-development-agreement.txt", contracts.resolve("text"));
        copy("weak-conditional-development-agreement.doc", contracts.resolve("text"));
        return contracts;
    }

    private static void copy(String sample, Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.copy(SAMPLES.resolve(sample), folder.resolve(sample));
    }

    private static List<String> copies(Path out) throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
