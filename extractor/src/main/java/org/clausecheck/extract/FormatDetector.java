package org.clausecheck.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides a file's format from its bytes; the file name only separates Markdown from plain text.
 * A DOCX renamed .pdf is read as DOCX, and binary content named .txt is refused.
 */
public final class FormatDetector {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] RTF_MAGIC = "{\\rtf".getBytes(StandardCharsets.US_ASCII);
    /** PDF allows junk before the header; readers look in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private FormatDetector() {
    }

    public static DocumentFormat detect(Path file, byte[] bytes) throws ExtractionException {
        if (bytes.length == 0) {
            throw new EmptyDocumentException(file, "the file is empty (0 bytes)");
        }
        if (indexOf(bytes, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) {
            return DocumentFormat.PDF;
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return detectZip(file, bytes);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return detectOle2(file, bytes);
        }
        if (startsWith(bytes, RTF_MAGIC)) {
            throw new UnsupportedFormatException(file, "RTF is not supported; save it as DOCX or PDF");
        }
        if (TextDecoder.looksLikeText(bytes)) {
            return isMarkdownName(file) || TextDecoder.looksLikeMarkdown(bytes)
                    ? DocumentFormat.MARKDOWN
                    : DocumentFormat.TXT;
        }
        throw new UnsupportedFormatException(file,
                "unrecognised binary content; clausecheck reads PDF, DOCX, DOC, TXT and Markdown");
    }

    private static DocumentFormat detectZip(Path file, byte[] bytes) throws ExtractionException {
        boolean anyEntry = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                anyEntry = true;
                String name = entry.getName();
                if (name.equals("word/document.xml") || name.matches("word/document\\d*\\.xml")) {
                    return DocumentFormat.DOCX;
                }
                if (name.startsWith("xl/") || name.startsWith("ppt/")) {
                    throw new UnsupportedFormatException(file,
                            "a spreadsheet or presentation, not a contract document; save it as PDF or DOCX");
                }
                if (name.equals("mimetype") || name.equals("content.xml")) {
                    throw new UnsupportedFormatException(file,
                            "an OpenDocument file; save it as DOCX or PDF");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentCorruptException(file, "a damaged ZIP container: " + oneLine(e), e);
        }
        if (!anyEntry) {
            throw new DocumentCorruptException(file, "a damaged or empty ZIP container");
        }
        throw new UnsupportedFormatException(file, "a ZIP archive that is not a Word document");
    }

    private static DocumentFormat detectOle2(Path file, byte[] bytes) throws ExtractionException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return DocumentFormat.DOC;
            }
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                // Office 2007+ encryption wraps the OOXML package in an OLE2 container.
                return DocumentFormat.DOCX;
            }
            throw new UnsupportedFormatException(file,
                    "an Office file that is not a Word document; save it as PDF or DOCX");
        } catch (IOException | RuntimeException e) {
            throw new DocumentCorruptException(file, "a damaged Office (OLE2) container: " + oneLine(e), e);
        }
    }

    private static boolean isMarkdownName(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return indexOf(bytes, prefix, 1) == 0;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int window) {
        int last = Math.min(bytes.length - needle.length, window - 1);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The first line of an exception's message, for one-line reasons. */
    public static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
