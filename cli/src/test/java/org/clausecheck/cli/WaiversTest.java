package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accepted gaps as a user meets them: the bundled vendor-keeps-IP sample fails the default level on two required
 * protections (ip-ownership and environment-access CONTRARY); waiving both makes {@code check} exit 0 while
 * every format still shows the analyzer's status, marked waived; a waiver past its date changes nothing but says so.
 */
class WaiversTest {

    private static final Path SAMPLE = Path.of("..", "samples", "vendor-keeps-ip-saas-terms.pdf");

    @TempDir
    static Path folder;
    static String sha256;

    @BeforeAll
    static void hashTheSample() throws IOException {
        sha256 = sampleSha256();
    }

    static String sampleSha256() throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SAMPLE)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Waivers of both failing rules for the sample, by its hash, valid until {@code until}. */
    static String bothGapsWaived(Path folder, String name, String until) throws IOException {
        String sha256 = sampleSha256();
        return Files.writeString(folder.resolve(name), "waivers:\n"
                + waiver("ip-ownership", "sha256: " + sha256, until)
                + waiver("environment-access", "sha256: " + sha256, until)).toString();
    }

    private static String waiver(String rule, String contract, String until) {
        return "  - rule: " + rule + "\n    " + contract + "\n    reason: hosted service, the platform stays the vendor's\n"
                + "    approved-by: J. Smith (legal)\n    until: " + until + "\n";
    }

    @Test
    void waivingBothGapsTurnsExitFourIntoZeroAndTheReportShowsThemWaived() throws IOException {
        String waivers = bothGapsWaived(folder, "in-force.yaml", "2099-12-31");

        CommandRun without = CommandRun.of("check", "--no-inventory", SAMPLE.toString());
        CommandRun with = CommandRun.of("check", "--no-inventory", "--waivers", waivers, SAMPLE.toString());

        assertEquals(ExitCode.GAPS_FOUND.code(), without.exitCode(), without.err());
        assertEquals(ExitCode.OK.code(), with.exitCode(), with.err());
        // The verdict stays the analyzer's; the waiver stands beside it.
        assertTrue(with.out().contains("\u2717 CONTRARY  The customer owns the work product [required] (waived)\n"),
                with.out());
        assertTrue(with.out().contains("\u2717 CONTRARY  The customer has access to the environments [required] (waived)\n"),
                with.out());
        assertTrue(with.out().contains("    Waiver: waived until 2099-12-31 by J. Smith (legal): hosted service"),
                with.out());
        assertFalse(without.out().contains("waived"), without.out());
    }

    @Test
    void anExpiredWaiverLeavesTheExitCodeAndIsReportedAsExpired() throws IOException {
        String waivers = bothGapsWaived(folder, "expired.yaml", "2020-01-31");

        CommandRun run = CommandRun.of("check", "--no-inventory", "--waivers", waivers, SAMPLE.toString());

        assertEquals(ExitCode.GAPS_FOUND.code(), run.exitCode(), run.err());
        assertTrue(run.out().contains("[required] (waiver expired)\n"), run.out());
        assertTrue(run.out().contains("Waiver: waiver expired on 2020-01-31 by J. Smith (legal)"), run.out());
        assertTrue(run.err().contains("expired.yaml: the waiver of ip-ownership for sha256 " + sha256
                + " expired on 2020-01-31; its findings count again"), run.err());
    }

    @Test
    void oneGapWaivedOfTwoStillFails() throws IOException {
        String waivers = Files.writeString(folder.resolve("one.yaml"), "waivers:\n"
                + waiver("ip-ownership", "sha256: " + sha256, "2099-12-31")).toString();

        CommandRun run = CommandRun.of("check", "--no-inventory", "--waivers", waivers, SAMPLE.toString());

        assertEquals(ExitCode.GAPS_FOUND.code(), run.exitCode(), run.err());
    }

    @Test
    void jsonSarifCsvMarkdownAndHtmlShowTheWaiverBesideTheUnchangedStatus() throws IOException {
        String waivers = bothGapsWaived(folder, "formats.yaml", "2099-12-31");

        String json = CommandRun.of("check", "--no-inventory", "--format", "json", "--waivers", waivers,
                SAMPLE.toString()).out();
        assertTrue(json.contains("\"ruleId\" : \"ip-ownership\",\n      \"title\" : \"The customer owns the work product\","
                + "\n      \"severity\" : \"REQUIRED\",\n      \"status\" : \"CONTRARY\","), json);
        assertTrue(json.contains("\"waiver\" : {\n        \"state\" : \"waived\",\n        \"reason\" : \"hosted service,"
                + " the platform stays the vendor's\",\n        \"approvedBy\" : \"J. Smith (legal)\",\n"
                + "        \"until\" : \"2099-12-31\"\n      },"), json);
        assertEquals(2, json.lines().filter(line -> line.contains("\"waiver\" :")).count(), json);

        String sarif = CommandRun.of("check", "--no-inventory", "--format", "sarif", "--waivers", waivers,
                SAMPLE.toString()).out();
        assertEquals(2, sarif.lines().filter(line -> line.contains("\"suppressions\"")).count(), sarif);
        assertTrue(sarif.contains("\"kind\" : \"external\",\n        \"status\" : \"accepted\","), sarif);

        String csv = CommandRun.of("check", "--no-inventory", "--format", "csv", "--waivers", waivers,
                SAMPLE.toString()).out();
        String[] rows = csv.split("\r\n");
        assertTrue(rows[0].endsWith(",incomplete,waiver"), rows[0]);
        assertTrue(rows[1].contains(",ip-ownership,") && rows[1].endsWith(",waived until 2099-12-31 by J. Smith"
                + " (legal): \"hosted service, the platform stays the vendor's\"") || rows[1].endsWith(
                ",\"waived until 2099-12-31 by J. Smith (legal): hosted service, the platform stays the vendor's\""),
                rows[1]);

        String markdown = CommandRun.of("check", "--no-inventory", "--format", "markdown", "--waivers", waivers,
                SAMPLE.toString()).out();
        assertTrue(markdown.contains("| \u2717 CONTRARY (waived) |"), markdown);
        assertTrue(markdown.contains("**Waiver:** waived until 2099-12-31"), markdown);

        String html = CommandRun.of("check", "--no-inventory", "--format", "html", "--waivers", waivers,
                SAMPLE.toString()).out();
        assertTrue(html.contains("<span class=\"muted waiver\">waived</span>"), html);
        assertTrue(html.contains("<p class=\"waiver\"><strong>Waiver:</strong> waived until 2099-12-31"), html);
        // Accepted gaps are no longer among those to fix first: both were, and no other required one fails.
        assertTrue(html.contains("Required protections that are not met: 2 gaps"), html);
    }

    @Test
    void aFileGlobIsReadFromTheWaiverFilesFolder() throws IOException {
        Path project = Files.createDirectories(folder.resolve("project"));
        Path contracts = Files.createDirectories(project.resolve("contracts/2026"));
        Path copy = Files.copy(SAMPLE, contracts.resolve("cobalt-saas.pdf"));
        String waivers = Files.writeString(project.resolve("waivers.yaml"), "waivers:\n"
                + waiver("ip-ownership", "file: contracts/**/cobalt-*.pdf", "2099-12-31")
                + waiver("environment-access", "file: contracts/**/cobalt-*.pdf", "2099-12-31")
                + waiver("environment-access", "file: cobalt-*.pdf", "2099-12-31")).toString();

        CommandRun covered = CommandRun.of("check", "--no-inventory", "--waivers", waivers, copy.toString());
        CommandRun notCovered = CommandRun.of("check", "--no-inventory", "--waivers", waivers, SAMPLE.toString());

        assertEquals(ExitCode.OK.code(), covered.exitCode(), covered.err());
        assertEquals(ExitCode.GAPS_FOUND.code(), notCovered.exitCode(), notCovered.err());
        assertFalse(notCovered.out().contains("waived"), notCovered.out());
    }

    @Test
    void theProjectConfigurationNamesTheWaiverFile() throws IOException {
        Path project = Files.createDirectories(folder.resolve("configured"));
        bothGapsWaived(project, "accepted-gaps.yaml", "2099-12-31");
        String config = Files.writeString(project.resolve(".clausecheck.yaml"), "waivers: accepted-gaps.yaml\n")
                .toString();

        CommandRun run = CommandRun.of("check", "--no-inventory", "--config", config, SAMPLE.toString());

        assertEquals(ExitCode.OK.code(), run.exitCode(), run.err());
        assertTrue(run.out().contains("(waived)"), run.out());
    }

    @Test
    void aWaiverOfAnUnknownRuleIsExitTwoWithTheValidIds() throws IOException {
        String waivers = Files.writeString(folder.resolve("typo.yaml"), "waivers:\n"
                + waiver("ip-ownershp", "sha256: " + sha256, "2099-12-31")).toString();

        CommandRun run = CommandRun.of("check", "--waivers", waivers, SAMPLE.toString());

        assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
        assertEquals("clausecheck: --waivers " + waivers + ": unknown rule id ip-ownershp; valid ids:"
                + " acceptance-criteria, confidentiality, documentation, environment-access, exit-assistance,"
                + " ip-ownership, knowledge-transfer, no-training, prompt-logging, security-controls, third-party-tools",
                run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void anUnusableWaiverFileIsOneLineNamingItAndWhy() throws IOException {
        String noDate = Files.writeString(folder.resolve("no-date.yaml"),
                "waivers:\n  - rule: ip-ownership\n    file: '*.pdf'\n    reason: r\n    approved-by: a\n").toString();
        String badDate = Files.writeString(folder.resolve("bad-date.yaml"),
                "waivers:\n  - rule: ip-ownership\n    file: '*.pdf'\n    reason: r\n    approved-by: a\n"
                        + "    until: next spring\n").toString();
        String noContract = Files.writeString(folder.resolve("no-contract.yaml"),
                "waivers:\n  - rule: ip-ownership\n    reason: r\n    approved-by: a\n    until: 2099-01-01\n").toString();
        String notYaml = Files.writeString(folder.resolve("not-yaml.yaml"), "waivers: [\n").toString();

        assertUsageLine(noDate, ": waiver 1: 'until' is missing or empty");
        assertUsageLine(badDate, ": waiver 1: until 'next spring' is not a date like 2027-06-30");
        assertUsageLine(noContract, ": waiver 1: names no contract; give 'file'");
        assertUsageLine(notYaml, ": not valid YAML");
        assertUsageLine(folder.resolve("absent.yaml").toString(), ": no such waiver file");
    }

    private static void assertUsageLine(String waivers, String reason) {
        CommandRun run = CommandRun.of("check", "--waivers", waivers, SAMPLE.toString());
        assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("clausecheck: --waivers " + waivers + reason), run.err());
    }
}
