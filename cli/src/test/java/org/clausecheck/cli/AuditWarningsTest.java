package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read with a warning is analysed, and the warning is one line on standard error naming the file. */
class AuditWarningsTest {

    private static final Path FIXTURES = Path.of("..", "extractor", "src", "test", "resources", "documents");

    @TempDir
    Path temp;

    @Test
    void warningsAreShownWithAndWithoutProgress() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("contracts"));
        Files.copy(FIXTURES.resolve("outsourcing-agreement.docm"), folder.resolve("macros.docm"));
        Files.copy(FIXTURES.resolve("outsourcing-agreement.docx"), folder.resolve("renamed.pdf"));

        CommandRun quiet = CommandRun.of("audit", folder.toString(), "--index", temp.resolve("a").toString(),
                "--no-progress", "--format", "csv", "--fail-on", "never");
        CommandRun progress = CommandRun.of("audit", folder.toString(), "--index", temp.resolve("b").toString(),
                "--format", "csv", "--fail-on", "never");

        for (CommandRun run : new CommandRun[] {quiet, progress}) {
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains(folder.resolve("macros.docm") + ": warning: macro-enabled (DOCM)"),
                    run.err());
            assertTrue(run.err().contains(folder.resolve("renamed.pdf")
                    + ": warning: named .pdf but the content is DOCX; read as DOCX"), run.err());
        }
    }
}
