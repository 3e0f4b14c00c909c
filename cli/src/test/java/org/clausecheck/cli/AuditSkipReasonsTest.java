package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit says why files were skipped, one line per reason. */
class AuditSkipReasonsTest {

    @TempDir
    Path temp;

    @Test
    void skipReasonsArePrintedWithTheirCounts() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("contracts"));
        Files.copy(Path.of("..", "samples", "northwind-ai-development-agreement.txt"), folder.resolve("a.txt"));
        Files.createSymbolicLink(folder.resolve("loop"), Path.of("."));
        Files.write(folder.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0});

        CommandRun run = CommandRun.of("audit", folder.toString(), "--index", temp.resolve("index").toString(),
                "--no-progress", "--format", "csv");

        assertTrue(run.err().contains("audit: skipped 1: not a contract format"), run.err());
        assertTrue(run.err().contains("audit: skipped 1: symbolic link (not followed)"), run.err());
    }
}
