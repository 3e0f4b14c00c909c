package org.clausecheck.extract;

import java.nio.file.Path;

/** The file does not exist, is not a regular file, or cannot be read (permissions, I/O error). */
public final class FileUnreadableException extends ExtractionException {

    public FileUnreadableException(Path file, String reason) {
        super(file, reason, null);
    }

    public FileUnreadableException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
