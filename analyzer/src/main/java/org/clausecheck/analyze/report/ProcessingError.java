package org.clausecheck.analyze.report;

import java.util.Objects;
import org.clausecheck.extract.ExtractionException;

/**
 * A file that could not be processed: a row in every report, never a crash of the run.
 *
 * @param file   the file as the user named it
 * @param reason one line for users
 */
public record ProcessingError(String file, String reason) implements Comparable<ProcessingError> {

    public ProcessingError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    public static ProcessingError of(ExtractionException e) {
        return new ProcessingError(e.file(), e.reason());
    }

    @Override
    public int compareTo(ProcessingError other) {
        return file.compareTo(other.file);
    }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
