package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {

    private static final String PREAMBLE = "This Development Agreement is made between Acme Corp., a Delaware"
            + " corporation (\"Client\"), and Beta Labs LLC (\"Supplier\"). Supplier shall perform the Services"
            + " and Client shall pay the fees.\n\n";

    @TempDir
    static Path folder;
    static Path vendorKeepsIp;
    static Path allCoreProtections;

    @BeforeAll
    static void writeContracts() throws IOException {
        vendorKeepsIp = Files.writeString(folder.resolve("vendor-keeps-ip.txt"), PREAMBLE
                + "1. Ownership. Supplier shall retain all right, title and interest in and to the deliverables"
                + " and all intellectual property rights therein. Client receives a non-exclusive licence.\n");
        allCoreProtections = Files.writeString(folder.resolve("all-core.txt"), PREAMBLE
                + "1. Ownership. Supplier hereby assigns to Client all right, title and interest in the deliverables,"
                + " including source code, prompts and models.\n\n"
                + "2. Documentation. Supplier shall document all prompts, pipelines, architecture decisions and"
                + " deployment processes from the start of the engagement and deliver the documentation to Client.\n\n"
                + "3. Access. Client shall have access to all environments, source code repositories and cloud"
                + " accounts used for the Services.\n\n"
                + "4. Transition. Before the engagement ends Supplier shall provide knowledge transfer and"
                + " transition assistance to Client or its successor.\n");
    }

    @Test
    void aContractWhereTheVendorKeepsTheIpIsContraryWithTheQuote() {
        CommandRun run = CommandRun.of("check", "--format", "json", vendorKeepsIp.toString());

        assertEquals(ExitCode.GAPS_FOUND.code(), run.exitCode(), run.err());
        assertTrue(run.out().contains("\"status\" : \"CONTRARY\""), run.out());
        assertTrue(run.out().contains("Supplier shall retain all right, title and interest"), run.out());
    }

    @ParameterizedTest
    @CsvSource({
            "missing, 4", "contrary, 4", "weak, 4", "never, 0",
    })
    void failOnDecidesTheExitCodeForAContraryProtection(String level, int exitCode) {
        assertEquals(exitCode,
                CommandRun.of("check", "--format", "json", "--fail-on", level, vendorKeepsIp.toString()).exitCode());
    }

    @Test
    void aContractWithTheFourCoreProtectionsPassesTheDefaultLevel() {
        CommandRun run = CommandRun.of("check", "--format", "json", allCoreProtections.toString());

        assertEquals(ExitCode.OK.code(), run.exitCode(), run.out());
        for (String rule : new String[] {"ip-ownership", "documentation", "environment-access", "knowledge-transfer"}) {
            assertTrue(run.out().matches("(?s).*\"ruleId\" : \"" + rule + "\",\\s*\"title\" : \"[^\"]*\","
                    + "\\s*\"severity\" : \"REQUIRED\",\\s*\"status\" : \"MET\".*"), rule + " MET\n" + run.out());
        }
    }

    @Test
    void onlyChecksTheNamedRules() {
        CommandRun run = CommandRun.of("check", "--format", "json", "--only", "ip-ownership",
                allCoreProtections.toString());

        assertEquals(ExitCode.OK.code(), run.exitCode());
        assertTrue(run.out().contains("\"ruleId\" : \"ip-ownership\""));
        assertFalse(run.out().contains("\"ruleId\" : \"documentation\""));
    }

    @Test
    void unknownRulesAndFormatsAreUsageErrors() {
        CommandRun unknownRule = CommandRun.of("check", "--only", "ip-ownership,no-such-rule", vendorKeepsIp.toString());
        assertEquals(ExitCode.USAGE.code(), unknownRule.exitCode());
        assertTrue(unknownRule.err().contains("no-such-rule"), unknownRule.err());
        assertTrue(unknownRule.err().contains("valid ids: ip-ownership"), unknownRule.err());

        CommandRun unknownFormat = CommandRun.of("check", "--format", "pdf", vendorKeepsIp.toString());
        assertEquals(ExitCode.USAGE.code(), unknownFormat.exitCode());
        assertTrue(unknownFormat.err().contains("valid formats: "), unknownFormat.err());

        assertEquals(ExitCode.USAGE.code(), CommandRun.of("check", "--fail-on", "sometimes", "x.pdf").exitCode());
    }

    @Test
    void anUnreadableFileIsOneLineAndExitOneWhileOthersAreReported() throws IOException {
        Path garbage = Files.write(folder.resolve("garbage.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7});

        CommandRun run = CommandRun.of("check", "--format", "json", garbage.toString(), vendorKeepsIp.toString());

        assertEquals(ExitCode.ERROR.code(), run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(garbage + ": "), run.err());
        assertTrue(run.out().contains("vendor-keeps-ip.txt"), "the other file is still reported");
    }

    @Test
    void aBrokenPlaybookOrOutputFolderIsOneLineNamingTheProblem() throws IOException {
        Path playbook = Files.writeString(folder.resolve("broken.yaml"), "version: 1\nrules: [ {id: x\n");

        CommandRun badPlaybook = CommandRun.of("check", "--playbook", playbook.toString(), vendorKeepsIp.toString());
        assertEquals(ExitCode.USAGE.code(), badPlaybook.exitCode());
        assertEquals(1, badPlaybook.err().lines().count(), badPlaybook.err());
        assertTrue(badPlaybook.err().contains(playbook + ": not valid YAML: line 3"), badPlaybook.err());

        Path nowhere = folder.resolve("no-such-folder").resolve("report.json");
        CommandRun badOutput = CommandRun.of("check", "--format", "json", "-o", nowhere.toString(),
                vendorKeepsIp.toString());
        // Refused before any file is read, as a usage error.
        assertEquals(ExitCode.USAGE.code(), badOutput.exitCode());
        assertTrue(badOutput.err().startsWith("clausecheck: cannot write " + nowhere + ": the folder "
                + nowhere.getParent() + " does not exist\n"), badOutput.err());
    }

    @Test
    void anImageOnlyPdfIsAnErrorNeverAReportOfAllMissing() {
        Path scanned = Path.of("..", "extractor", "src", "test", "resources", "documents", "scanned.pdf");

        CommandRun run = CommandRun.of("check", "--format", "json", scanned.toString());

        assertEquals(ExitCode.ERROR.code(), run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(scanned + ": ") && run.err().contains("OCR"), run.err());
        assertTrue(run.out().contains("\"documents\" : [ ]"), "no findings for an unread document: " + run.out());
        assertFalse(run.out().contains("MISSING"));
    }

    @Test
    void theCustomerOverrideTurnsTheVerdictAround() {
        CommandRun run = CommandRun.of("check", "--format", "json", "--only", "ip-ownership",
                "--customer", "Beta Labs LLC", vendorKeepsIp.toString());

        assertTrue(run.out().contains("\"name\" : \"Beta Labs LLC\",\n      \"term\" : \"Supplier\",\n"
                + "      \"role\" : \"CUSTOMER\""), run.out());
        assertTrue(run.out().contains("\"status\" : \"MET\""), run.out());
    }

    @Test
    void everyCommandsHelpHasAnExample() {
        for (String[] command : new String[][] {{"check"}, {"extract"}, {"playbook"}, {"playbook", "list"},
                {"playbook", "show"}, {"playbook", "validate"}, {"playbook", "init"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CommandRun run = CommandRun.of(args);
            assertEquals(0, run.exitCode(), String.join(" ", command));
            assertTrue(run.out().contains("Example"), String.join(" ", command) + "\n" + run.out());
        }
    }

    @Test
    void aFileOverTheTimeoutFailsInOneLineNamingItAndExitsWith1() {
        CommandRun run = CommandRun.withSlowExtraction(Duration.ofSeconds(3), "check", vendorKeepsIp.toString(),
                "--timeout", "1");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(vendorKeepsIp + ": timed out after 1 s (--timeout)"), run.err().lines().toList());
    }
}
