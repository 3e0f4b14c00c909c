package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final String SAMPLE = Path.of("..", "samples", "northwind-ai-development-agreement.txt").toString();

    @Test
    void printsBlocksWithTheirSectionNumbers() {
        CommandRun run = CommandRun.of("extract", SAMPLE);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("format TXT"), run.out());
        assertTrue(run.out().matches("(?s).*HEADING\\s+3\\s+3\\. INTELLECTUAL PROPERTY.*"), run.out());
        assertTrue(run.out().matches("(?s).*PARAGRAPH\\s+3\\.1\\s+3\\.1 All Deliverables.*"), run.out());
    }

    @Test
    void writesVersionedJson(@TempDir Path folder) throws IOException {
        Path output = folder.resolve("out.json");
        CommandRun run = CommandRun.of("extract", "--format", "json", "-o", output.toString(), SAMPLE);

        assertEquals(0, run.exitCode(), run.err());
        String json = Files.readString(output);
        assertTrue(json.startsWith("{\n  \"formatVersion\" : 1,"), json);
        assertTrue(json.contains("\"section\" : \"8.1\""));
        assertTrue(json.contains("\"errors\" : [ ]"));
    }

    @Test
    void aBadFileIsOneLineAndTheOthersAreStillRead(@TempDir Path folder) throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.pdf"));

        CommandRun run = CommandRun.of("extract", "--format", "json", empty.toString(), SAMPLE);

        assertEquals(ExitCode.ERROR.code(), run.exitCode());
        assertEquals(empty + ": the file is empty (0 bytes)\n", run.err());
        assertTrue(run.out().contains("\"reason\" : \"the file is empty (0 bytes)\""), run.out());
        assertTrue(run.out().contains("northwind-ai-development-agreement.txt"), "the good file is still reported");
        assertFalse(run.err().contains("Exception"));
    }

    @Test
    void usageErrorsExitWithTwoAndPointToHelp() {
        CommandRun run = CommandRun.of("extract", "--format", "yaml", SAMPLE);

        assertEquals(ExitCode.USAGE.code(), run.exitCode());
        assertTrue(run.err().contains("yaml"), run.err());
        assertTrue(run.err().contains("Try 'clausecheck extract --help'"), run.err());
        assertEquals(ExitCode.USAGE.code(), CommandRun.of("frobnicate").exitCode());
        assertEquals(ExitCode.USAGE.code(), CommandRun.of().exitCode());
    }

    @Test
    void helpListsExitCodesAndExamples() {
        CommandRun root = CommandRun.of("--help");
        assertEquals(0, root.exitCode());
        assertTrue(root.out().contains("Exit codes:"), root.out());
        assertTrue(root.out().contains("4   A protection gap"), root.out());

        CommandRun extract = CommandRun.of("extract", "--help");
        assertTrue(extract.out().contains("Examples:"), extract.out());
        assertTrue(extract.out().contains("--original"), extract.out());
    }

    @Test
    void versionNamesTheProduct() {
        CommandRun run = CommandRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("clausecheck "), run.out());
    }
}
