package org.clausecheck.extract;

import java.nio.file.Path;

/** The file's content is not a format clausecheck reads. */
public final class UnsupportedFormatException extends ExtractionException {

    public UnsupportedFormatException(Path file, String reason) {
        super(file, reason, null);
    }

    public UnsupportedFormatException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
