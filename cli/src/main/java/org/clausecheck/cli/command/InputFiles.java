package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausecheck.analyze.report.ProcessingError;
import org.clausecheck.extract.DocumentTooLargeException;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.FileUnreadableException;
import org.clausecheck.extract.Extractor;

/** Reads the files named on a command line, {@code -} meaning standard input; failures become rows. */
final class InputFiles {

    static final String STANDARD_INPUT = "-";

    /** The documents read and the files that failed, in the order named. */
    record Outcome(List<ExtractedDocument> documents, List<ProcessingError> errors) {
    }

    private final Extractor extractor = new Extractor();
    private final InputStream standardInput;

    InputFiles(InputStream standardInput) {
        this.standardInput = standardInput;
    }

    Outcome readAll(List<String> names, ExtractionOptions options) {
        List<ExtractedDocument> documents = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        for (String name : names) {
            try {
                documents.add(read(name, options));
            } catch (ExtractionException e) {
                errors.add(ProcessingError.of(e));
            }
        }
        return new Outcome(documents, errors);
    }

    private ExtractedDocument read(String name, ExtractionOptions options) throws ExtractionException {
        if (!STANDARD_INPUT.equals(name)) {
            return extractor.extract(Path.of(name), options);
        }
        Path label = Path.of("<stdin>");
        try {
            byte[] bytes = standardInput.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                throw new DocumentTooLargeException(label, "standard input is over the limit of "
                        + options.maxBytes() + " bytes (raise it with --max-bytes)");
            }
            return extractor.extract(label, bytes, options);
        } catch (IOException e) {
            throw new FileUnreadableException(label, "cannot read standard input", e);
        }
    }
}
