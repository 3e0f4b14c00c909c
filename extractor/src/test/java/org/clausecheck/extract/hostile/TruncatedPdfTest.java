package org.clausecheck.extract.hostile;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.clausecheck.extract.DocumentCorruptException;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.TestDocuments;
import org.junit.jupiter.api.Test;

/** A PDF cut short before its trailer cannot be opened at all; the reason must say it was cut short. */
class TruncatedPdfTest {

    @Test
    void aPdfCutBeforeItsTrailerIsReportedAsTruncated() throws Exception {
        byte[] pdf = Files.readAllBytes(TestDocuments.path("contract.pdf"));
        byte[] firstThird = Arrays.copyOf(pdf, pdf.length / 3);
        DocumentCorruptException refused = assertThrows(DocumentCorruptException.class,
                () -> new Extractor().extract(Path.of("cut.pdf"), firstThird, ExtractionOptions.defaults()));
        assertTrue(refused.getMessage().startsWith("cut.pdf: the PDF is truncated"), refused.getMessage());
    }
}
