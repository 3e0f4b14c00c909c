package org.clausecheck.extract;

import java.nio.file.Path;

/** The file holds no text. */
public final class EmptyDocumentException extends ExtractionException {

    public EmptyDocumentException(Path file, String reason) {
        super(file, reason, null);
    }

    public EmptyDocumentException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
