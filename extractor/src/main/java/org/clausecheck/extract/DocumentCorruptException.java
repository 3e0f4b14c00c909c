package org.clausecheck.extract;

import java.nio.file.Path;

/** The file is damaged or not what its format says. */
public final class DocumentCorruptException extends ExtractionException {

    public DocumentCorruptException(Path file, String reason) {
        super(file, reason, null);
    }

    public DocumentCorruptException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
