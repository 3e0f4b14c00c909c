package org.clausecheck.portfolio;

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
        return nameOf(path.toAbsolutePath().normalize());
    }

    /**
     * The path as a string that names this file and no other. A file name whose bytes are not valid in the
     * platform's encoding (Latin-1 names under a UTF-8 locale) turns into U+FFFD when decoded, so two such
     * names would read the same and one file would be lost; such a name is written with its bytes
     * percent-escaped instead ("contrat-%E9t%E9.txt").
     */
    public static String nameOf(Path path) {
        String text = path.toString();
        if (roundTrips(path, text)) {
            return text;
        }
        StringBuilder name = new StringBuilder(path.getRoot() == null ? "" : path.getRoot().toString());
        for (int i = 0; i < path.getNameCount(); i++) {
            Path element = path.getName(i);
            String plain = element.toString();
            name.append(i == 0 ? "" : path.getFileSystem().getSeparator())
                    .append(roundTrips(element, plain) ? plain : escaped(element));
        }
        return name.toString();
    }

    private static boolean roundTrips(Path path, String text) {
        try {
            return path.getFileSystem().getPath(text).equals(path);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** A single name element's bytes, from the file URI that escapes them. */
    private static String escaped(Path element) {
        String raw = element.toAbsolutePath().toUri().getRawPath();
        raw = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        return raw.substring(raw.lastIndexOf('/') + 1);
    }
}
