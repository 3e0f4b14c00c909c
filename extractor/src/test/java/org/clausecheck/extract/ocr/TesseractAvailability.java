package org.clausecheck.extract.ocr;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that run Tesseract skip where it is not installed, and fail instead when {@code clausecheck.requireCorpus}
 * is true (CI, whose .ci/run installs it), as the corpus tests do.
 */
public final class TesseractAvailability {

    private TesseractAvailability() {
    }

    public static void require() {
        boolean installed;
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String languages = new String(process.getInputStream().readAllBytes());
            installed = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0
                    && languages.lines().anyMatch("eng"::equals);
        } catch (IOException e) {
            installed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            installed = false;
        }
        if (!installed && Boolean.getBoolean("clausecheck.requireCorpus")) {
            Assertions.fail("Tesseract with English is required (clausecheck.requireCorpus) but is not installed");
        }
        Assumptions.assumeTrue(installed, "tesseract with English data is not installed");
    }
}
