package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausecheck.extract.ExtractionWarning;
import org.junit.jupiter.api.Test;

/** Which warnings mean text was lost, and how the pages not read are named. */
class ReadCoverageTest {

    @Test
    void pagesNotReadAreNamedAsRanges() {
        List<ExtractionWarning> warnings = List.of(
                ExtractionWarning.forPage(2, "could not be read: Missing descendant font array"),
                ExtractionWarning.forPage(4, "no text layer (a scanned image?); it needs OCR to be read"),
                ExtractionWarning.forPage(5, "no text layer (a scanned image?); it needs OCR to be read"),
                ExtractionWarning.forPage(6, "no text layer (a scanned image?); it needs OCR to be read"));

        ReadCoverage coverage = ReadCoverage.of(warnings);

        assertTrue(coverage.partial());
        assertEquals("pages 2, 4-6 could not be read", coverage.summary());
    }

    @Test
    void aFileCutShortIsReadInPartEvenWhenEveryPageHasText() {
        ReadCoverage coverage = ReadCoverage.of(List.of(ExtractionWarning.forPage(3, "no text layer"),
                ExtractionWarning.textLost("the PDF is truncated")));

        assertEquals("page 3 could not be read (the PDF is truncated)", coverage.summary());
        assertEquals("the PDF is truncated", ReadCoverage.of(List.of(ExtractionWarning.textLost("the PDF is truncated")))
                .summary());
    }

    @Test
    void warningsThatLoseNoTextLeaveTheDocumentComplete() {
        ReadCoverage coverage = ReadCoverage.of(List.of(
                ExtractionWarning.forDocument("not valid UTF-8; read as windows-1252"),
                ExtractionWarning.forDocument("the PDF is encrypted with an owner password only")));

        assertFalse(coverage.partial());
        assertEquals("", coverage.headline());
    }
}
