package org.clausecheck.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus (../shared/corpus, passed as the system property {@code clausecheck.corpus}): tests that need it
 * skip when it, or the part they read, is absent; they fail instead when {@code clausecheck.requireCorpus} is true
 * (the parent pom sets it when CLAUSECHECK_REQUIRE_CORPUS is, as .ci/run does), so that CI cannot pass without them.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The path of a part of the corpus ("cuad/pdf"), or the test is skipped. */
    static Path require(String part) {
        String property = System.getProperty("clausecheck.corpus");
        boolean present = property != null && Files.exists(Path.of(property).resolve(part));
        if (!present && Boolean.getBoolean("clausecheck.requireCorpus")) {
            Assertions.fail("the shared corpus is required (clausecheck.requireCorpus) but " + part + " is not in "
                    + property);
        }
        Assumptions.assumeTrue(present, "shared corpus not available");
        return Path.of(property).resolve(part);
    }
}
