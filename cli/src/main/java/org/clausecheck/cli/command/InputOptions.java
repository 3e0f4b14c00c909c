package org.clausecheck.cli.command;

import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.RevisionView;
import picocli.CommandLine.Option;

/** How input files are read; shared by every command that reads contracts. */
public final class InputOptions {

    @Option(names = "--password", paramLabel = "SECRET", defaultValue = "${env:CLAUSECHECK_PASSWORD}",
            description = "Password for encrypted PDF or DOCX files (default: $CLAUSECHECK_PASSWORD).")
    String password;

    @Option(names = "--original",
            description = "Read tracked changes as the original text (insertions out, deletions in)."
                    + " By default all changes are read as accepted.")
    boolean original;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + ExtractionOptions.DEFAULT_MAX_BYTES,
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--max-pages", paramLabel = "PAGES", defaultValue = "" + ExtractionOptions.DEFAULT_MAX_PAGES,
            description = "Refuse documents with more pages (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto",
            description = "Read PDF pages by OCR (Tesseract): auto (pages without a usable text layer), always (every"
                    + " page) or never (refuse scanned PDFs) (default: ${DEFAULT-VALUE}).")
    OcrChoice ocr;

    public ExtractionOptions toExtractionOptions() {
        return new ExtractionOptions(maxBytes, maxPages, password,
                original ? RevisionView.ORIGINAL : RevisionView.ACCEPTED, ocr.mode(), 0);
    }
}
