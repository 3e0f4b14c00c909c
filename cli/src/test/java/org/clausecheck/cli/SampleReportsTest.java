package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample contract's JSON report equals its expected report in {@code samples/expected/}. After a
 * deliberate change of the analyzer, regenerate them with
 * {@code mvn -pl cli test -Dtest=SampleReportsTest -Dclausecheck.updateExpected=true} and review the diff.
 */
class SampleReportsTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path EXPECTED = SAMPLES.resolve("expected");
    private static final boolean UPDATE = Boolean.getBoolean("clausecheck.updateExpected");

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void thereAreSamplesInEveryFormat() throws IOException {
        List<String> names = samples().stream().map(path -> path.getFileName().toString()).toList();
        assertTrue(names.size() >= 8, names.toString());
        for (String extension : List.of(".pdf", ".docx", ".doc", ".txt")) {
            assertTrue(names.stream().anyMatch(name -> name.endsWith(extension)), "a sample in " + extension);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachSampleGivesItsExpectedReport() throws IOException {
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            CommandRun run = CommandRun.of("check", "--format", "json", "--fail-on", "never", sample.toString());
            assertEquals(0, run.exitCode(), run.err());
            // Reports name files as given; the expected ones are written as run from the repository root.
            String actual = run.out().replace("\"file\" : \"" + SAMPLES + "/", "\"file\" : \"samples/");
            Path expected = EXPECTED.resolve(sample.getFileName() + ".json");
            if (UPDATE) {
                Files.createDirectories(EXPECTED);
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(expected), "no expected report " + expected);
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, sample.toString());
        }));
    }
}
