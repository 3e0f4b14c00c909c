package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.clausecheck.analyze.report.ProcessingError;
import org.clausecheck.extract.DocumentTooLargeException;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.FileUnreadableException;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.FormatDetector;
import org.clausecheck.portfolio.TimeLimitedWorkers;

/** Reads the files named on a command line, {@code -} meaning standard input; failures become rows. */
final class InputFiles {

    static final String STANDARD_INPUT = "-";

    /** The documents read and the files that failed, in the order named. */
    record Outcome(List<ExtractedDocument> documents, List<ProcessingError> errors) {
    }

    private final Extractor extractor;
    private final InputStream standardInput;

    InputFiles(InputStream standardInput) {
        this(standardInput, new Extractor());
    }

    InputFiles(InputStream standardInput, Extractor extractor) {
        this.standardInput = standardInput;
        this.extractor = extractor;
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

    /**
     * As {@link #readAll(List, ExtractionOptions)}, each file within {@code limit}: one over it is given up on (the
     * audit's {@link TimeLimitedWorkers}, as PDFBox and POI do not answer interrupts; an OCR pass does, and stops
     * its Tesseract processes) and becomes an error naming the limit.
     */
    Outcome readAll(List<String> names, ExtractionOptions options, Duration limit) throws InterruptedException {
        List<AtomicReference<TimeLimitedWorkers.Outcome<ExtractedDocument>>> outcomes = new ArrayList<>();
        try (TimeLimitedWorkers workers = new TimeLimitedWorkers(1, limit)) {
            for (String name : names) {
                AtomicReference<TimeLimitedWorkers.Outcome<ExtractedDocument>> outcome = new AtomicReference<>();
                outcomes.add(outcome);
                workers.submit(() -> read(name, options), outcome::set);
            }
            workers.awaitAll();
        }
        List<ExtractedDocument> documents = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            TimeLimitedWorkers.Outcome<ExtractedDocument> outcome = outcomes.get(i).get();
            String label = STANDARD_INPUT.equals(names.get(i)) ? "<stdin>" : names.get(i);
            if (outcome.timedOut()) {
                errors.add(new ProcessingError(label, "timed out after " + limit.toSeconds() + " s (--timeout)"));
            } else if (outcome.failure() instanceof ExtractionException e) {
                errors.add(ProcessingError.of(e));
            } else if (outcome.failure() != null) {
                // An Error such as OutOfMemoryError: one line, as the audit gives it.
                errors.add(new ProcessingError(label, "failed: " + FormatDetector.oneLine(outcome.failure())));
            } else {
                documents.add(outcome.value());
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
