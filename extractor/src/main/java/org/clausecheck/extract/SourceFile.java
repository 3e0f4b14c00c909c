package org.clausecheck.extract;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes of one input file, read once, with what was learned before parsing.
 *
 * @param path   the path as the user named it
 * @param bytes  the whole content
 * @param sha256 lower-case hex SHA-256 of the content: the document id
 * @param format the format detected from the content
 */
public record SourceFile(Path path, byte[] bytes, String sha256, DocumentFormat format) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
    }

    /** A builder for this file's document. */
    public DocumentBuilder newDocument() {
        return new DocumentBuilder(this);
    }
}
