package org.clausecheck.annotate.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The samples' PDFs annotated: every quote highlighted over at least 95 % of its letters, the text unchanged. */
class PdfAnnotatorTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void highlightsEveryQuoteOfASample(Path pdf, @TempDir Path temp) throws Exception {
        AnnotatedPdf.Outcome outcome = AnnotatedPdf.check(pdf, temp);

        assertFalse(outcome.coverages().isEmpty(), pdf + ": no highlight");
        for (double coverage : outcome.coverages()) {
            assertTrue(coverage >= AnnotatedPdf.MIN_COVERAGE, pdf + ": a quote highlighted at " + coverage);
        }
    }
}
