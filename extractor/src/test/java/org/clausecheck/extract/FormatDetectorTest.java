package org.clausecheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

    private static final Path NAME = Path.of("contract.pdf");

    @Test
    void detectsPdfByItsHeaderWhateverTheName() throws ExtractionException {
        byte[] pdf = "%PDF-1.7\n%...".getBytes(StandardCharsets.US_ASCII);
        assertEquals(DocumentFormat.PDF, FormatDetector.detect(Path.of("contract.docx"), pdf));
    }

    @Test
    void detectsDocxByItsMainPartWhateverTheName() throws Exception {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        assertEquals(DocumentFormat.DOCX, FormatDetector.detect(NAME, docx));
    }

    @Test
    void refusesOtherZipPackagesWithTheReason() throws Exception {
        UnsupportedFormatException spreadsheet = assertThrows(UnsupportedFormatException.class,
                () -> FormatDetector.detect(NAME, zip("[Content_Types].xml", "xl/workbook.xml")));
        assertTrue(spreadsheet.getMessage().startsWith("contract.pdf: a spreadsheet"), spreadsheet.getMessage());
        assertThrows(UnsupportedFormatException.class, () -> FormatDetector.detect(NAME, zip("readme.txt")));
    }

    @Test
    void refusesEmptyFilesAndBinaryGarbage() {
        assertThrows(EmptyDocumentException.class, () -> FormatDetector.detect(NAME, new byte[0]));
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        UnsupportedFormatException error = assertThrows(UnsupportedFormatException.class,
                () -> FormatDetector.detect(Path.of("notes.txt"), garbage));
        assertTrue(error.reason().contains("binary"), error.reason());
    }

    @Test
    void refusesRtfWithAHint() {
        UnsupportedFormatException error = assertThrows(UnsupportedFormatException.class,
                () -> FormatDetector.detect(NAME, "{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(error.reason().contains("save it as DOCX or PDF"));
    }

    @Test
    void tellsMarkdownFromPlainText() throws ExtractionException {
        byte[] plain = "1. Services\nThe Vendor shall.\n".getBytes(StandardCharsets.UTF_8);
        byte[] markdown = "# Title\n\n## 1. Services\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(DocumentFormat.TXT, FormatDetector.detect(Path.of("a.txt"), plain));
        assertEquals(DocumentFormat.MARKDOWN, FormatDetector.detect(Path.of("a.txt"), markdown));
        assertEquals(DocumentFormat.MARKDOWN, FormatDetector.detect(Path.of("a.md"), plain));
    }

    @Test
    void theFacadeNamesTheFileInEveryError(@TempDir Path folder) throws IOException {
        Extractor extractor = new Extractor();
        Path empty = Files.createFile(folder.resolve("empty.txt"));
        Path missing = folder.resolve("missing.pdf");
        Path large = Files.writeString(folder.resolve("large.txt"), "x".repeat(2048));

        assertEquals(empty + ": the file is empty (0 bytes)",
                assertThrows(EmptyDocumentException.class, () -> extractor.extract(empty)).getMessage());
        assertEquals(missing + ": no such file",
                assertThrows(FileUnreadableException.class, () -> extractor.extract(missing)).getMessage());
        assertThrows(FileUnreadableException.class, () -> extractor.extract(folder));
        ExtractionOptions small = ExtractionOptions.defaults().withLimits(1024, 10);
        DocumentTooLargeException tooLarge = assertThrows(DocumentTooLargeException.class,
                () -> extractor.extract(large, small));
        assertTrue(tooLarge.reason().contains("2,048 bytes"), tooLarge.reason());
    }

    @Test
    void whitespaceOnlyTextIsAnEmptyDocument(@TempDir Path folder) throws IOException {
        Path blank = Files.writeString(folder.resolve("blank.txt"), " \n\n\t\n");
        assertThrows(EmptyDocumentException.class, () -> new Extractor().extract(blank));
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
