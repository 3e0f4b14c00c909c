package org.clausecheck.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus for the extractor's tests, as the analyzer's SharedCorpus is for its own (test sources are not
 * shared between modules): a test skips when the part it reads is absent, and fails instead when
 * {@code clausecheck.requireCorpus} is true (the parent pom sets it when CLAUSECHECK_REQUIRE_CORPUS is, as .ci/run
 * does).
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The path of a part of the corpus ("cuad/pdf", "standard"), or the test is skipped (or failed, when required). */
    public static Path require(String part) {
        String property = System.getProperty("clausecheck.corpus", "");
        boolean present = !property.isEmpty() && Files.isDirectory(Path.of(property).resolve(part));
        if (!present && Boolean.getBoolean("clausecheck.requireCorpus")) {
            Assertions.fail("the shared corpus is required (clausecheck.requireCorpus) but " + part + " is not in '"
                    + property + "'");
        }
        Assumptions.assumeTrue(present, "corpus not found at '" + property + "'");
        return Path.of(property).resolve(part);
    }
}
