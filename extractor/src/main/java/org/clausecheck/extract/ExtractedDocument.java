package org.clausecheck.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract as clausecheck reads it: ordered blocks over one full text, with metadata and warnings.
 *
 * @param id       SHA-256 of the file's bytes, lower-case hex
 * @param source   the path the document was read from, as given
 * @param format   the detected format
 * @param metadata properties and page furniture
 * @param text     the body text; every block's offsets point into it
 * @param blocks   body blocks in reading order
 * @param warnings what went wrong without stopping extraction
 * @param ocrPages the pages read by OCR, in page order; empty when every page was read from its text
 */
public record ExtractedDocument(String id, String source, DocumentFormat format, DocumentMetadata metadata,
                                String text, List<Block> blocks, List<ExtractionWarning> warnings,
                                List<OcrPage> ocrPages) {

    /** A document read without OCR. */
    public ExtractedDocument(String id, String source, DocumentFormat format, DocumentMetadata metadata,
                             String text, List<Block> blocks, List<ExtractionWarning> warnings) {
        this(id, source, format, metadata, text, blocks, warnings, List.of());
    }

    public ExtractedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
        ocrPages = List.copyOf(ocrPages);
        for (Block block : blocks) {
            if (block.end() > text.length() || !text.startsWith(block.text(), block.start())) {
                throw new IllegalArgumentException("block at " + block.start() + " does not match the text");
            }
        }
    }

    /** The OCR reading of a page, if the page was read by OCR. */
    public Optional<OcrPage> ocrPage(int page) {
        return ocrPages.stream().filter(ocr -> ocr.page() == page).findFirst();
    }
}
