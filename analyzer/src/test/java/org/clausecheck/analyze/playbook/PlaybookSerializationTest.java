package org.clausecheck.analyze.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * A playbook is plain data that a cluster job sends to its executors (Java serialisation, as Spark's broadcast
 * does): the copy equals the original and judges a contract the same way, on a fresh analyzer and on one that
 * compiled the original.
 */
class PlaybookSerializationTest {

    private static final Path SAMPLE = Path.of("..", "samples", "northwind-ai-development-agreement.txt");

    @Test
    void aSerialisedPlaybookJudgesAContractAsTheOriginal() throws Exception {
        Playbook original = PlaybookLoader.loadDefault();
        Playbook copy = roundTrip(original);
        assertNotSame(original, copy);
        assertEquals(original, copy);

        ExtractedDocument document = new Extractor().extract(SAMPLE, Files.readAllBytes(SAMPLE),
                roundTrip(ExtractionOptions.defaults()));
        ContractAnalyzer analyzer = new ContractAnalyzer();
        AnalysisReport byOriginal = analyzer.analyze(document, new AnalysisOptions(original, null));
        AnalysisReport byCopy = analyzer.analyze(document, new AnalysisOptions(copy, null));
        AnalysisReport byFreshAnalyzer = new ContractAnalyzer().analyze(document, new AnalysisOptions(copy, null));
        assertEquals(byOriginal.findings(), byCopy.findings());
        assertEquals(byOriginal.findings(), byFreshAnalyzer.findings());
        assertTrue(byOriginal.findings().stream().anyMatch(finding -> finding.status() == Status.MET),
                "the sample meets some rules: " + byOriginal.findings());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
