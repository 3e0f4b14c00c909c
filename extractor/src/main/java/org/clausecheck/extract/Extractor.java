package org.clausecheck.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.clausecheck.extract.doc.DocExtractor;
import org.clausecheck.extract.docx.DocxExtractor;
import org.clausecheck.extract.ocr.Tesseract;
import org.clausecheck.extract.pdf.PdfExtractor;
import org.clausecheck.extract.text.MarkdownExtractor;
import org.clausecheck.extract.text.PlainTextExtractor;

/**
 * The extractor's entry point: a file in, a structured document out. Detects the format from the
 * content, enforces size limits, and hands the bytes to the extractor for that format.
 */
public final class Extractor {

    private final List<FormatExtractor> extractors;

    public Extractor() {
        this(List.of(new PdfExtractor(), new DocxExtractor(), new DocExtractor(), new PlainTextExtractor(),
                new MarkdownExtractor()));
    }

    /** The default extractors; PDFs tell {@code progress} how far their OCR has got. */
    public static Extractor withOcrProgress(OcrProgress progress) {
        return new Extractor(List.of(new PdfExtractor(Tesseract.onPath(), progress), new DocxExtractor(),
                new DocExtractor(), new PlainTextExtractor(), new MarkdownExtractor()));
    }

    public Extractor(List<FormatExtractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    public ExtractedDocument extract(Path file) throws ExtractionException {
        return extract(file, ExtractionOptions.defaults());
    }

    public ExtractedDocument extract(Path file, ExtractionOptions options) throws ExtractionException {
        SourceFile source = read(file, options);
        return extract(source, options);
    }

    /** Extracts content already in memory, such as standard input; {@code name} is used in messages. */
    public ExtractedDocument extract(Path name, byte[] bytes, ExtractionOptions options) throws ExtractionException {
        checkSize(name, bytes.length, options);
        return extract(new SourceFile(name, bytes, sha256(bytes), FormatDetector.detect(name, bytes)), options);
    }

    private ExtractedDocument extract(SourceFile source, ExtractionOptions options) throws ExtractionException {
        for (FormatExtractor extractor : extractors) {
            if (extractor.supports(source.format())) {
                return extractSafely(extractor, source, options);
            }
        }
        throw new UnsupportedFormatException(source.path(), "no extractor for " + source.format());
    }

    /**
     * A hostile or broken file can make a parsing library fail in ways it does not declare; such a
     * failure concerns this file only and becomes a typed error, so that a batch goes on.
     */
    private static ExtractedDocument extractSafely(FormatExtractor extractor, SourceFile source,
                                                   ExtractionOptions options) throws ExtractionException {
        try {
            return withNameWarning(extractor.extract(source, options), source);
        } catch (RuntimeException | StackOverflowError e) {
            throw new DocumentCorruptException(source.path(),
                    "could not be parsed as " + source.format() + ": " + FormatDetector.oneLine(e), e);
        }
    }

    /**
     * A file is read by its content; when its name says another format (a DOCX renamed .pdf), the reader is
     * told, since the name may hide what the file is.
     */
    static ExtractedDocument withNameWarning(ExtractedDocument document, SourceFile source) {
        Path name = source.path().getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
        String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        String expected = switch (extension) {
            case "pdf" -> "PDF";
            case "docx", "docm" -> "DOCX";
            case "doc" -> "DOC";
            default -> null;
        };
        if (expected == null || expected.equals(source.format().name())) {
            return document;
        }
        List<ExtractionWarning> warnings = new java.util.ArrayList<>(document.warnings());
        warnings.add(ExtractionWarning.forDocument("named ." + extension + " but the content is "
                + source.format().name() + "; read as " + source.format().name()));
        return new ExtractedDocument(document.id(), document.source(), document.format(), document.metadata(),
                document.text(), document.blocks(), warnings, document.ocrPages());
    }

    /** Reads and identifies a file without parsing it. */
    public static SourceFile read(Path file, ExtractionOptions options) throws ExtractionException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new FileUnreadableException(file, "a directory, not a file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // Reading a named pipe blocks until a writer comes, which may be never.
                throw new FileUnreadableException(file, "not a regular file (a named pipe, socket or device)");
            }
            checkSize(file, Files.size(file), options);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FileUnreadableException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new FileUnreadableException(file, "permission denied", e);
        } catch (IOException e) {
            throw new FileUnreadableException(file, "cannot be read: " + FormatDetector.oneLine(e), e);
        }
        checkSize(file, bytes.length, options);
        return new SourceFile(file, bytes, sha256(bytes), FormatDetector.detect(file, bytes));
    }

    private static void checkSize(Path file, long size, ExtractionOptions options) throws DocumentTooLargeException {
        if (size > options.maxBytes()) {
            throw new DocumentTooLargeException(file, String.format(
                    "the file is %,d bytes, over the limit of %,d bytes (raise it with --max-bytes)",
                    size, options.maxBytes()));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
