package org.clausecheck.extract.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.DocumentBuilder;
import org.clausecheck.extract.DocumentCorruptException;
import org.clausecheck.extract.DocumentEncryptedException;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.DocumentMetadata;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.FormatDetector;
import org.clausecheck.extract.FormatExtractor;
import org.clausecheck.extract.HeadingHeuristics;
import org.clausecheck.extract.SourceFile;
import org.clausecheck.extract.UnsupportedFormatException;
import org.clausecheck.extract.word.HeadingText;
import org.clausecheck.extract.word.ListLabel;

/**
 * Word 97-2003 documents through POI HWPF, into the same model as DOCX as far as the format allows:
 * headings from outline levels and heading styles, list numbers rebuilt from the list tables, tracked
 * changes in the chosen view, one block per table cell (a nested table's cells are blocks of their own
 * when the file marks their ends), footnotes after the paragraph citing them and endnotes after the
 * body, headers and footers in the metadata. Comments are a separate story and never read.
 */
public final class DocExtractor implements FormatExtractor {

    private static final Pattern HEADING_NAME = Pattern.compile("heading ([1-9])");
    private static final char CELL_MARK = '\u0007';
    /** Style chains longer than this are broken files. */
    private static final int MAX_STYLE_CHAIN = 10;
    /** Outline level 9 is body text. */
    private static final int BODY_TEXT_LEVEL = 9;

    @Override
    public boolean supports(DocumentFormat format) {
        return format == DocumentFormat.DOC;
    }

    @Override
    public ExtractedDocument extract(SourceFile source, ExtractionOptions options) throws ExtractionException {
        try (HWPFDocument document = open(source, options)) {
            DocumentBuilder builder = source.newDocument();
            new Reader(document, options, builder).read();
            builder.metadata(metadata(document));
            return builder.build();
        } catch (IOException | RuntimeException e) {
            throw new DocumentCorruptException(source.path(),
                    "a damaged Word 97-2003 document: " + FormatDetector.oneLine(e), e);
        }
    }

    private static HWPFDocument open(SourceFile source, ExtractionOptions options) throws ExtractionException {
        // HWPF reads the password of RC4/CryptoAPI-encrypted files from this thread-local.
        Biff8EncryptionKey.setCurrentUserPassword(options.password());
        try {
            return new HWPFDocument(new POIFSFileSystem(new ByteArrayInputStream(source.bytes())));
        } catch (EncryptedDocumentException e) {
            throw new DocumentEncryptedException(source.path(), options.password() == null
                    ? "the document is password-protected; pass the password with --password"
                    : "the password is wrong or the encryption unsupported; pass the password with --password", e);
        } catch (OldFileFormatException e) {
            throw new UnsupportedFormatException(source.path(),
                    "a Word 6 or Word 95 file, which is not supported; save it as DOCX", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentCorruptException(source.path(),
                    "a damaged Word 97-2003 document: " + FormatDetector.oneLine(e), e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static DocumentMetadata metadata(HWPFDocument document) {
        SummaryInformation summary = document.getSummaryInformation();
        HeaderStories stories = new HeaderStories(document);
        List<String> headers = distinct(stories.getFirstHeader(), stories.getOddHeader(), stories.getEvenHeader());
        List<String> footers = distinct(stories.getFirstFooter(), stories.getOddFooter(), stories.getEvenFooter());
        if (summary == null) {
            return new DocumentMetadata(null, null, null, null, 0, headers, footers);
        }
        return new DocumentMetadata(blankToNull(summary.getTitle()), blankToNull(summary.getAuthor()),
                instant(summary.getCreateDateTime()), instant(summary.getLastSaveDateTime()), 0, headers, footers);
    }

    private static List<String> distinct(String... stories) {
        Set<String> texts = new LinkedHashSet<>();
        for (String story : stories) {
            if (story != null) {
                String text = DocText.clean(story).lines().map(l -> l.replaceAll("[\\t ]+", " ").strip())
                        .filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return new ArrayList<>(texts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** One pass over the main story. */
    private static final class Reader {

        private final HWPFDocument document;
        private final ExtractionOptions options;
        private final DocumentBuilder builder;
        private final DocListNumbering numbering = new DocListNumbering();
        private final DocNotes footnotes;
        private final DocNotes endnotes;
        private final List<String> cellLines = new ArrayList<>();
        private final List<Integer> cellAnchors = new ArrayList<>();

        Reader(HWPFDocument document, ExtractionOptions options, DocumentBuilder builder) {
            this.document = document;
            this.options = options;
            this.builder = builder;
            this.footnotes = DocNotes.footnotes(document);
            this.endnotes = DocNotes.endnotes(document);
        }

        void read() {
            Range range = document.getRange();
            for (int i = 0; i < range.numParagraphs(); i++) {
                paragraph(range.getParagraph(i));
            }
            flushCell();
            // Endnotes, like footnotes whose reference was not met, follow the body.
            footnotes.unreferenced().forEach(note -> builder.add(note, BlockKind.FOOTNOTE, 0, null));
            endnotes.unreferenced().forEach(note -> builder.add(note, BlockKind.FOOTNOTE, 0, null));
        }

        private void paragraph(Paragraph paragraph) {
            DocText.Visible visible = DocText.paragraph(paragraph, options.revisionView());
            String text = visible.text().replace('\t', ' ').strip();
            // A paragraph that exists only as a tracked change absent from this view is not counted.
            Optional<DocListNumbering.Numbered> numbered = text.isEmpty() && visible.removedByView()
                    ? Optional.empty() : numbering.next(paragraph);
            ListLabel label = numbered.map(DocListNumbering.Numbered::label).orElse(null);
            String printed = label == null || text.isEmpty() ? text : label.prefix(text);
            if (paragraph.isInTable()) {
                if (!printed.isEmpty()) {
                    cellLines.add(printed);
                }
                cellAnchors.addAll(visible.noteAnchors());
                if (paragraph.text().indexOf(CELL_MARK) >= 0) {
                    flushCell();
                }
                return;
            }
            flushCell();
            if (printed.isEmpty()) {
                return;
            }
            String section = ListLabel.sectionNumberOf(label, printed);
            Optional<Integer> headingLevel = headingLevel(paragraph, text, printed, section, numbered);
            if (headingLevel.isPresent()) {
                builder.addHeading(printed, headingLevel.get(), 0, section);
            } else {
                builder.add(printed, label != null ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH, 0, section);
            }
            notes(visible.noteAnchors());
        }

        private Optional<Integer> headingLevel(Paragraph paragraph, String text, String printed, String section,
                                               Optional<DocListNumbering.Numbered> numbered) {
            if (!HeadingText.readsAsTitle(text)) {
                return Optional.empty();
            }
            int outline = paragraph.getLvl();
            if (outline >= 0 && outline < BODY_TEXT_LEVEL) {
                return Optional.of(outline + 1);
            }
            Optional<Integer> byName = styleHeadingLevel(paragraph);
            if (byName.isPresent()) {
                return byName;
            }
            if (section != null && HeadingHeuristics.headingLevel(printed).isPresent()) {
                return numbered.map(n -> n.level() + 1);
            }
            return Optional.empty();
        }

        /** A "heading N" style, or a style based on one. */
        private Optional<Integer> styleHeadingLevel(Paragraph paragraph) {
            StyleSheet styles = document.getStyleSheet();
            int index = paragraph.getStyleIndex();
            for (int hop = 0; hop < MAX_STYLE_CHAIN && index >= 0 && index < styles.numStyles(); hop++) {
                StyleDescription style = styles.getStyleDescription(index);
                if (style == null) {
                    break;
                }
                if (style.getName() != null) {
                    Matcher heading = HEADING_NAME.matcher(style.getName().toLowerCase(Locale.ROOT));
                    if (heading.matches()) {
                        return Optional.of(Integer.parseInt(heading.group(1)));
                    }
                }
                index = style.getBaseStyle();
            }
            return Optional.empty();
        }

        private void flushCell() {
            if (!cellLines.isEmpty()) {
                builder.add(String.join("\n", cellLines), BlockKind.TABLE_CELL, 0, null);
            }
            notes(cellAnchors);
            cellLines.clear();
            cellAnchors.clear();
        }

        private void notes(List<Integer> anchors) {
            for (int anchor : List.copyOf(anchors)) {
                footnotes.take(anchor).ifPresent(note -> builder.add(note, BlockKind.FOOTNOTE, 0, null));
            }
        }
    }
}
