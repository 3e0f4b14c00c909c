package org.clausecheck.extract;

/** Reads one file format into the document model. Implementations are stateless and thread-safe. */
public interface FormatExtractor {

    /** True when this extractor reads the given format. */
    boolean supports(DocumentFormat format);

    /**
     * Reads the file. Library exceptions are translated into {@link ExtractionException}s here; an
     * unexpected runtime failure of a library is reported as a corrupt document.
     */
    ExtractedDocument extract(SourceFile source, ExtractionOptions options) throws ExtractionException;
}
