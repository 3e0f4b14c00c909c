package org.clausecheck.extract;

import java.nio.file.Path;

/** The file has no text layer: it is scanned or image-only and needs OCR. */
public final class NoTextLayerException extends ExtractionException {

    public NoTextLayerException(Path file, String reason) {
        super(file, reason, null);
    }

    public NoTextLayerException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
