package org.clausecheck.extract.docx;

import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.FormatExtractor;
import org.clausecheck.extract.SourceFile;
import org.clausecheck.extract.UnsupportedFormatException;

/** Placeholder until the DOCX reader lands. */
public final class DocxExtractor implements FormatExtractor {

    @Override
    public boolean supports(DocumentFormat format) {
        return format == DocumentFormat.DOCX;
    }

    @Override
    public ExtractedDocument extract(SourceFile source, ExtractionOptions options) throws ExtractionException {
        throw new UnsupportedFormatException(source.path(), "DOCX is not implemented yet");
    }
}
