package org.clausecheck.analyze.portfolio;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file found by the scanner that looks like a contract.
 *
 * @param path    where to read it
 * @param display the name shown in outputs: the input as given plus the path below it
 * @param key     the absolute, normalised path, which identifies the file in the index
 */
public record PortfolioFile(Path path, String display, String key) {

    public PortfolioFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(key, "key");
    }

    public static PortfolioFile of(Path path, String display) {
        return new PortfolioFile(path, display, keyOf(path));
    }

    public static String keyOf(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
