package org.clausecheck.extract;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a file could not be read as a contract. Library exceptions (PDFBox, POI) are translated into
 * these at the extractor's boundary and never leak to callers.
 *
 * <p>{@link #getMessage()} is one line for users: the file and the reason.
 */
public abstract sealed class ExtractionException extends Exception
        permits DocumentEncryptedException, DocumentCorruptException, UnsupportedFormatException,
        EmptyDocumentException, NoTextLayerException, DocumentTooLargeException, FileUnreadableException {

    private final String file;
    private final String reason;

    protected ExtractionException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = String.valueOf(file);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** The reason alone, without the file name. */
    public String reason() {
        return reason;
    }
}
