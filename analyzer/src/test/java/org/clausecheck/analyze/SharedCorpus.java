package org.clausecheck.analyze;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus (../shared/corpus, passed as the system property {@code clausecheck.corpus}): tests that need it
 * skip when it, or the part they read, is absent.
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The path of a part of the corpus ("labels", "cuad/labels.csv", "standard"), or the test is skipped. */
    public static Path require(String part) {
        String property = System.getProperty("clausecheck.corpus");
        Assumptions.assumeTrue(property != null && Files.exists(Path.of(property).resolve(part)),
                "shared corpus not available");
        return Path.of(property).resolve(part);
    }
}
