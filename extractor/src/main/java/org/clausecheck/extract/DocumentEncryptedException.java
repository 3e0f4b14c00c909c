package org.clausecheck.extract;

import java.nio.file.Path;

/** The file is encrypted and needs a password. */
public final class DocumentEncryptedException extends ExtractionException {

    public DocumentEncryptedException(Path file, String reason) {
        super(file, reason, null);
    }

    public DocumentEncryptedException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
