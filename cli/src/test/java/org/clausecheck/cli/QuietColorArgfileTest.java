package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions users bring from other tools: --quiet, --color=WHEN and @argfile, as a user runs them. */
class QuietColorArgfileTest {

    private static final String ESC = "\u001B[";

    @TempDir
    static Path folder;
    static Path contracts;
    static Path contract;

    @BeforeAll
    static void copySample() throws IOException {
        contracts = Files.createDirectories(folder.resolve("contracts"));
        contract = Files.copy(Path.of("..", "samples", "vendor-keeps-ip-saas-terms.pdf"),
                contracts.resolve("vendor-keeps-ip-saas-terms.pdf"));
        Files.copy(Path.of("..", "samples", "northwind-ai-development-agreement.txt"),
                contracts.resolve("northwind-ai-development-agreement.txt"));
    }

    @Test
    void quietAuditPrintsTheMatrixAndNothingElseOnStandardError() {
        CommandRun loud = CommandRun.of("audit", contracts.toString(), "--index", folder.resolve("i1").toString());
        assertTrue(loud.err().contains("audit: 2 contracts audited"), "without --quiet: progress and summary\n"
                + loud.err());

        CommandRun quiet = CommandRun.of("audit", contracts.toString(), "--index", folder.resolve("i2").toString(),
                "--quiet");
        assertEquals(4, quiet.exitCode(), quiet.err());
        assertEquals("", quiet.err(), "no progress, summary or warning");
        assertTrue(quiet.out().contains("vendor-keeps-ip-saas-terms.pdf"), quiet.out());

        CommandRun before = CommandRun.of("-q", "audit", contracts.toString(), "--index",
                folder.resolve("i2").toString());
        assertEquals("", before.err(), "-q before the command name too");
    }

    @Test
    void quietStillPrintsErrors() {
        CommandRun run = CommandRun.of("audit", contracts.toString(), folder.resolve("nowhere").toString(),
                "--index", folder.resolve("i3").toString(), "--quiet");
        // The file's own line and the count behind exit code 1: errors, which --quiet never drops; nothing else.
        assertEquals(folder.resolve("nowhere") + ": no such file or folder\n"
                + "clausecheck: 1 file could not be audited (the rows and lines above say why)", run.err().strip(), run.err());
        assertEquals(1, run.exitCode());
        CommandRun check = CommandRun.of("check", folder.resolve("missing.pdf").toString(), "--quiet");
        assertEquals(1, check.exitCode());
        assertTrue(check.err().contains("missing.pdf"), check.err());
    }

    @Test
    void colorAlwaysColoursAPipeAndNeverOrAutoDoNot() {
        CommandRun always = CommandRun.of("check", contract.toString(), "--color=always");
        assertTrue(always.out().contains(ESC), "--color=always colours even without a terminal");
        CommandRun auto = CommandRun.of("check", contract.toString(), "--color=auto");
        assertFalse(auto.out().contains(ESC), "auto: tests run without a terminal");
        CommandRun never = CommandRun.of("check", contract.toString(), "--color", "never");
        assertFalse(never.out().contains(ESC));
        assertEquals(auto.out(), never.out());

        CommandRun matrix = CommandRun.of("audit", contracts.toString(), "--index", folder.resolve("i4").toString(),
                "--color=always", "--quiet");
        assertTrue(matrix.out().contains(ESC), "the audit matrix in colour when asked");
        CommandRun noColor = CommandRun.of("audit", contracts.toString(), "--index", folder.resolve("i4").toString(),
                "--color=always", "--no-color", "--quiet");
        assertFalse(noColor.out().contains(ESC), "--no-color is --color=never");

        CommandRun wrong = CommandRun.of("check", contract.toString(), "--color=sometimes");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("auto, always, never"), wrong.err());
    }

    @Test
    void argumentsComeFromAnArgfileWithComments() throws IOException {
        Path args = Files.writeString(folder.resolve("review.args"), "# the weekly review\ncheck\n\""
                + contract.toString().replace("\\", "\\\\") + "\"\n--format json\n--fail-on never\n");
        CommandRun run = CommandRun.of("@" + args);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"status\" : \"CONTRARY\""), run.out());
    }
}
