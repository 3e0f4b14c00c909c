package org.clausecheck.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus (../shared/corpus, passed as the system property {@code clausecheck.corpus}): tests that need it
 * skip when it, or the part they read, is absent; they fail instead when {@code clausecheck.requireCorpus} is true
 * (the parent pom sets it when CLAUSECHECK_REQUIRE_CORPUS is, as .ci/run does), so that CI cannot pass without them.
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The path of a part of the corpus ("labels", "cuad/labels.csv", "standard"), or the test is skipped. */
    public static Path require(String part) {
        String property = System.getProperty("clausecheck.corpus", "");
        boolean present = !property.isEmpty() && Files.exists(Path.of(property).resolve(part));
        if (!present && Boolean.getBoolean("clausecheck.requireCorpus")) {
            Assertions.fail("the shared corpus is required (clausecheck.requireCorpus) but " + part + " is not in '"
                    + property + "'");
        }
        Assumptions.assumeTrue(present, "shared corpus not found at '" + property + "'");
        return Path.of(property).resolve(part);
    }

    /** The files of a folder of the corpus whose names end with {@code suffix}, sorted; none fails the test. */
    public static List<Path> files(String folder, String suffix) throws IOException {
        Path path = require(folder);
        try (Stream<Path> files = Files.list(path)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
            Assertions.assertFalse(found.isEmpty(), "no " + suffix + " file in " + path);
            return found;
        }
    }
}
