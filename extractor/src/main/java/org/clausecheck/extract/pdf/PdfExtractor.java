package org.clausecheck.extract.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.DocumentBuilder;
import org.clausecheck.extract.DocumentCorruptException;
import org.clausecheck.extract.DocumentEncryptedException;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.DocumentMetadata;
import org.clausecheck.extract.DocumentTooLargeException;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.ExtractionWarning;
import org.clausecheck.extract.FormatExtractor;
import org.clausecheck.extract.NoTextLayerException;
import org.clausecheck.extract.SectionNumber;
import org.clausecheck.extract.SourceFile;
import org.clausecheck.extract.OcrProgress;
import org.clausecheck.extract.ocr.Tesseract;

/**
 * PDF with PDFBox: loads the file, translates PDFBox's failures into extraction errors, and turns the
 * positioned lines of each page into blocks. Pages without a usable text layer are read by OCR (see
 * {@link OcrPass}); running headers and footers go to the metadata; pages still without text are reported as
 * warnings; a document without any text is refused.
 */
public final class PdfExtractor implements FormatExtractor {

    /** Writers may put junk after the last "%%EOF"; readers look this far back for it. */
    private static final int EOF_WINDOW = 2048;

    private final Tesseract tesseract;
    private final OcrProgress progress;

    /** Reads scanned pages with the {@code tesseract} program on the PATH. */
    public PdfExtractor() {
        this(Tesseract.onPath());
    }

    public PdfExtractor(Tesseract tesseract) {
        this(tesseract, OcrProgress.none());
    }

    /** Tells {@code progress} how far the OCR of each PDF has got. */
    public PdfExtractor(Tesseract tesseract, OcrProgress progress) {
        this.tesseract = tesseract;
        this.progress = progress;
    }

    @Override
    public boolean supports(DocumentFormat format) {
        return format == DocumentFormat.PDF;
    }

    @Override
    public ExtractedDocument extract(SourceFile source, ExtractionOptions options) throws ExtractionException {
        OcrPass ocr;
        List<PdfLineCollector.PageFailure> failures;
        DocumentMetadata properties;
        boolean encrypted;
        try (PDDocument pdf = load(source, options)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new DocumentCorruptException(source.path(), "the PDF has no pages");
            }
            if (pdf.getNumberOfPages() > options.maxPages()) {
                throw new DocumentTooLargeException(source.path(), String.format(
                        "the PDF has %,d pages, over the limit of %,d (raise it with --max-pages)",
                        pdf.getNumberOfPages(), options.maxPages()));
            }
            properties = properties(pdf);
            encrypted = pdf.isEncrypted();
            PdfLineCollector collector = new PdfLineCollector();
            List<PdfPage> layer = collector.collect(pdf);
            failures = collector.failures();
            ocr = OcrPass.run(pdf, layer, failures.stream().map(PdfLineCollector.PageFailure::page).toList(),
                    options, tesseract, new OcrPass.Progress(source.path(), progress));
        } catch (IOException | RuntimeException e) {
            throw new DocumentCorruptException(source.path(), "damaged PDF: " + PdfLineCollector.oneLine(e), e);
        }
        return build(source, ocr, failures, properties, encrypted && options.password() == null);
    }

    private static PDDocument load(SourceFile source, ExtractionOptions options) throws ExtractionException {
        String password = options.password() == null ? "" : options.password();
        try {
            return Loader.loadPDF(source.bytes(), password);
        } catch (InvalidPasswordException e) {
            throw new DocumentEncryptedException(source.path(), options.password() == null
                    ? "the PDF is encrypted; pass its password with --password"
                    : "the password given with --password does not open this PDF", e);
        } catch (IOException | RuntimeException e) {
            // A file cut short in transfer loses its trailer; say so rather than only what PDFBox missed.
            String cutShort = isTruncated(source.bytes()) ? "the PDF is truncated (its end-of-file marker is missing)"
                    + " and cannot be opened: " : "not a readable PDF: ";
            throw new DocumentCorruptException(source.path(), cutShort + PdfLineCollector.oneLine(e), e);
        }
    }

    private static ExtractedDocument build(SourceFile source, OcrPass ocr,
                                           List<PdfLineCollector.PageFailure> failures, DocumentMetadata properties,
                                           boolean ownerPasswordOnly) throws ExtractionException {
        DocumentBuilder builder = source.newDocument();
        if (ownerPasswordOnly) {
            // Opened without a password: only an owner password restricts it, which does not stop reading.
            builder.warn(ExtractionWarning.forDocument("the PDF is encrypted with an owner password only; its"
                    + " permissions are not enforced when reading it"));
        }
        List<PdfPage> pages = ocr.pages();
        warnAboutPages(source, ocr, failures, builder);
        ocr.ocrPages().forEach(builder::ocrPage);
        RunningTextDetector.Result running = RunningTextDetector.detect(pages);
        List<List<PdfLine>> flows = new ArrayList<>();
        for (PdfPage page : running.bodyPages()) {
            flows.addAll(ColumnLayout.flows(page));
        }
        String firstHeading = addBlocks(ParagraphAssembler.assemble(flows), builder);
        String title = properties.title() != null ? properties.title() : firstHeading;
        builder.metadata(new DocumentMetadata(title, properties.author(), properties.created(),
                properties.modified(), pages.size(), running.headers(), running.footers()));
        return builder.build();
    }

    /**
     * Notes the pages read by OCR; warns about pages that failed or have no text; refuses a document in which no
     * page has text.
     */
    private static void warnAboutPages(SourceFile source, OcrPass ocr,
                                       List<PdfLineCollector.PageFailure> failures, DocumentBuilder builder)
            throws ExtractionException {
        List<PdfPage> pages = ocr.pages();
        List<Integer> failed = new ArrayList<>();
        for (PdfLineCollector.PageFailure failure : failures) {
            failed.add(failure.page());
            builder.warn(ExtractionWarning.forPage(failure.page(), "could not be read: " + failure.reason()));
        }
        boolean anyText = false;
        boolean truncated = isTruncated(source.bytes());
        for (PdfPage page : pages) {
            if (truncated && ocr.readByOcr(page.number()) && page.lines().isEmpty()) {
                // a page of a file cut short shows nothing because its content was lost, not because it is blank
                builder.warn(ExtractionWarning.forPage(page.number(), "no text (the PDF is truncated: its content"
                        + " may be lost), and OCR found none"));
            } else if (ocr.readByOcr(page.number())) {
                builder.warn(new ExtractionWarning(page.number(), ocr.note(page.number()), false));
            }
            if (!page.lines().isEmpty()) {
                anyText = true;
            } else if (!failed.contains(page.number()) && !ocr.readByOcr(page.number())) {
                builder.warn(ExtractionWarning.forPage(page.number(), noTextReason(ocr, page.number())));
            }
        }
        if (!anyText && !failures.isEmpty()) {
            throw new DocumentCorruptException(source.path(), "no page could be read: " + failures.get(0).reason());
        }
        if (truncated) {
            if (!anyText) {
                throw new DocumentCorruptException(source.path(),
                        "the PDF is truncated (its end-of-file marker is missing) and no text could be read");
            }
            builder.warn(ExtractionWarning.textLost(
                    "the PDF is truncated (its end-of-file marker is missing): pages or text may be lost"));
        }
        if (!anyText && ocr.unavailable() != null) {
            throw new NoTextLayerException(source.path(),
                    "the PDF has no text layer (scanned or image-only) and cannot be read by OCR: " + ocr.unavailable());
        }
        if (!anyText && !ocr.ocrFailures().isEmpty()) {
            throw new NoTextLayerException(source.path(), "the PDF has no text layer and "
                    + ocr.ocrFailures().values().iterator().next());
        }
        if (!anyText) {
            throw new NoTextLayerException(source.path(), ocr.ocrPages().isEmpty()
                    ? "the PDF has no text layer (scanned or image-only); run OCR on it first"
                    : "OCR found no text on any page of the PDF");
        }
    }

    private static String noTextReason(OcrPass ocr, int page) {
        if (ocr.ocrFailures().containsKey(page)) {
            return "no text layer, and " + ocr.ocrFailures().get(page);
        }
        if (ocr.unavailable() != null) {
            return "no text layer (a scanned image?), not read: " + ocr.unavailable();
        }
        return "no text layer (a scanned image?); it needs OCR to be read";
    }

    /**
     * True when "%%EOF" is not near the end: the file was cut short in transfer. PDFBox then still reads
     * what it can, so without this check a cut-off file would read as scanned or silently lose pages.
     */
    static boolean isTruncated(byte[] pdf) {
        int from = Math.max(0, pdf.length - EOF_WINDOW);
        String tail = new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1);
        return !tail.contains("%%EOF");
    }

    /** Adds the paragraphs as headings, list items and paragraphs; returns the first heading, or null. */
    private static String addBlocks(List<PdfParagraph> paragraphs, DocumentBuilder builder) {
        PdfHeadings headings = new PdfHeadings(bodyFontSize(paragraphs));
        String firstHeading = null;
        for (PdfParagraph paragraph : paragraphs) {
            Optional<SectionNumber> number = SectionNumber.parse(paragraph.text());
            String section = number.map(SectionNumber::printed).orElse(null);
            Optional<Integer> level = headings.level(paragraph, number);
            if (level.isPresent()) {
                builder.addHeading(paragraph.text(), level.get(), paragraph.page(), section);
                firstHeading = firstHeading == null ? paragraph.text() : firstHeading;
            } else {
                boolean item = number.map(n -> n.level() >= SectionNumber.ITEM_LEVEL).orElse(false);
                builder.add(paragraph.text(), item ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH, paragraph.page(),
                        section);
            }
        }
        return firstHeading;
    }

    /** The font size most of the text is set in, weighted by characters. */
    private static float bodyFontSize(List<PdfParagraph> paragraphs) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (PdfParagraph paragraph : paragraphs) {
            chars.merge(Math.round(paragraph.fontSize() * 2), paragraph.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(entry -> entry.getKey() / 2f).orElse(0f);
    }

    private static DocumentMetadata properties(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        return new DocumentMetadata(blankToNull(info.getTitle()), blankToNull(info.getAuthor()),
                instant(info.getCreationDate()), instant(info.getModificationDate()), pdf.getNumberOfPages(),
                List.of(), List.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
