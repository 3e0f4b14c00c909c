package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clausecheck.cli.config.ProjectConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {

    private static final String VENDOR_KEEPS_IP = "../samples/vendor-keeps-ip-saas-terms.pdf";

    @TempDir
    Path folder;

    private String config(String yaml) throws IOException {
        return Files.writeString(folder.resolve(ProjectConfig.FILE_NAME), yaml).toString();
    }

    @Test
    void theNearestFileUpwardFromTheCurrentFolderIsTheProjects() throws Exception {
        config("fail-on: never\n");
        Path deep = Files.createDirectories(folder.resolve("contracts/2026/vendor"));

        Optional<ProjectConfig> found = ClauseCheck.projectConfig(new String[] {"check", "x.pdf"}, deep);

        assertTrue(found.isPresent());
        assertEquals("never", found.get().valueFor("check", "fail-on"));
        assertTrue(ClauseCheck.projectConfig(new String[] {"check", "--no-config", "x.pdf"}, deep).isEmpty());
    }

    @Test
    void itsValuesAreTheDefaultsACommandSectionWinsAndTheCommandLineWinsOverBoth() throws Exception {
        String file = config("fail-on: never\nformat: markdown\ncheck:\n  format: json\n");

        CommandRun fromFile = CommandRun.of("check", VENDOR_KEEPS_IP, "--config", file, "--no-inventory");
        CommandRun overridden = CommandRun.of("check", VENDOR_KEEPS_IP, "--config", file, "--format", "text",
                "--fail-on", "missing", "--no-inventory");

        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertTrue(fromFile.out().startsWith("{"), "the check section's json wins over the common markdown");
        assertEquals(4, overridden.exitCode(), overridden.err());
        assertTrue(overridden.out().startsWith("clausecheck report"), overridden.out());
    }

    @Test
    void aPlaybookPathIsReadFromTheFilesFolder() throws Exception {
        Files.createDirectories(folder.resolve("rules"));
        Files.writeString(folder.resolve("rules/playbook.yaml"), "not: [a playbook");
        String file = config("playbook: rules/playbook.yaml\n");

        CommandRun run = CommandRun.of("check", VENDOR_KEEPS_IP, "--config", file);

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(folder.resolve("rules").resolve("playbook.yaml").toString()), run.err());
    }

    @Test
    void anUnknownOptionOrAMissingFileIsOneLineAndExitCodeTwo() throws Exception {
        String file = config("fail_on: never\n");

        CommandRun unknown = CommandRun.of("check", VENDOR_KEEPS_IP, "--config", file);
        CommandRun missing = CommandRun.of("check", VENDOR_KEEPS_IP, "--config", folder.resolve("none.yaml").toString());

        assertEquals(2, unknown.exitCode());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().contains(file + ": unknown option 'fail_on'"), unknown.err());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("none.yaml: --config names no such file"), missing.err());
        assertFalse(missing.out().contains("clausecheck report"), "nothing is reviewed with a broken configuration");
    }
}
