package org.clausecheck.extract;

import java.nio.file.Path;

/** The file exceeds a configured size or page limit. */
public final class DocumentTooLargeException extends ExtractionException {

    public DocumentTooLargeException(Path file, String reason) {
        super(file, reason, null);
    }

    public DocumentTooLargeException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
