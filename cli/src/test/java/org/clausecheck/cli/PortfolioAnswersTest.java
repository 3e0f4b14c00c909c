package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code audit} and {@code search} answer a new user: counts that are never the page limit, exit codes as the
 * README lists them, and one line for an index that is damaged or an output folder that does not exist.
 */
class PortfolioAnswersTest {

    /** More contracts lacking knowledge transfer than one page of search results holds. */
    private static final int CONTRACTS = 23;

    @TempDir
    static Path temp;
    static Path contracts;
    static Path index;
    static CommandRun audit;

    @BeforeAll
    static void auditContractsWithoutKnowledgeTransfer() throws IOException {
        contracts = Files.createDirectories(temp.resolve("contracts"));
        for (int i = 1; i <= CONTRACTS; i++) {
            Files.writeString(contracts.resolve(String.format("contract-%02d.txt", i)), "This Development Agreement"
                    + " No. " + i + " is made between Acme Corp. (\"Client\") and Beta Labs LLC (\"Supplier\")."
                    + " Supplier shall perform the Services and Client shall pay the fees.\n\n1. Ownership. Supplier"
                    + " hereby assigns to Client all right, title and interest in the deliverables.\n");
        }
        index = temp.resolve("index");
        audit = CommandRun.of("audit", contracts.toString(), "--index", index.toString(), "--no-progress",
                "--format", "csv");
    }

    @Test
    void theAuditSaysWhereItsIndexIs() {
        assertEquals(4, audit.exitCode(), audit.err());
        assertTrue(audit.err().contains("index: " + index.toAbsolutePath().normalize()), audit.err());
    }

    @Test
    void aContractListCutAtTheLimitSaysHowManyMatchInAll() {
        CommandRun page = CommandRun.of("search", "--rule", "knowledge-transfer", "--status", "missing",
                "--index", index.toString());
        CommandRun five = CommandRun.of("search", "--rule", "knowledge-transfer", "--status", "missing",
                "--index", index.toString(), "--limit", "5");

        assertEquals(0, page.exitCode(), page.err());
        assertTrue(page.out().startsWith("20 of " + CONTRACTS + " contracts with knowledge-transfer MISSING"
                + " (--limit N or --all for more):\n"), page.out());
        assertEquals(20, contractLines(page));
        assertTrue(five.out().startsWith("5 of " + CONTRACTS + " contracts"), five.out());
        assertEquals(5, contractLines(five));
    }

    @Test
    void aStatusWithoutARuleCountsContractsNotFindings() {
        CommandRun one = CommandRun.of("search", "--status", "missing", "--index", index.toString(), "--all");
        CommandRun page = CommandRun.of("search", "--status", "missing", "--index", index.toString());
        CommandRun json = CommandRun.of("search", "--status", "missing", "--index", index.toString(), "--format",
                "json", "--all");
        // The contracts are alike: each has the same MISSING findings, several of them.
        long perContract = one.out().lines().filter(line -> line.contains("contract-01.txt")).count();
        assertTrue(perContract > 1, one.out());

        assertTrue(one.out().startsWith(CONTRACTS + " contracts MISSING (" + CONTRACTS * perContract + " findings):\n"),
                one.out());
        assertTrue(page.out().startsWith("20 of " + CONTRACTS + " contracts MISSING (" + CONTRACTS * perContract
                + " findings, " + 20 * perContract + " listed; --limit N or --all for more):\n"), page.out());
        assertEquals(20, page.out().lines().skip(1).map(line -> line.strip().split(" ")[0]).distinct().count(),
                "every finding of the first 20 contracts: " + page.out());
        assertTrue(json.out().contains("\"total\" : " + CONTRACTS + ",\n  \"totalFindings\" : "
                + CONTRACTS * perContract + ","), json.out());
    }

    @Test
    void allListsEveryContractAndJsonGivesTheTotal() {
        CommandRun all = CommandRun.of("search", "--rule", "knowledge-transfer", "--status", "missing",
                "--index", index.toString(), "--all");
        CommandRun json = CommandRun.of("search", "--rule", "knowledge-transfer", "--status", "missing",
                "--index", index.toString(), "--format", "json");

        assertTrue(all.out().startsWith(CONTRACTS + " contracts with knowledge-transfer MISSING:\n"), all.out());
        assertEquals(CONTRACTS, contractLines(all));
        assertTrue(json.out().contains("\"total\" : " + CONTRACTS + ","), json.out());
        assertEquals(20, json.out().lines().filter(line -> line.contains("\"status\" : \"MISSING\"")).count() - 1,
                "the request's status, then one per contract listed: " + json.out());
        assertTrue(json.out().startsWith("{"), "the index path goes to standard error: " + json.out());
        assertTrue(json.err().startsWith("search: index " + index.toAbsolutePath().normalize()), json.err());
    }

    @Test
    void anUnknownRuleIsAUsageErrorListingTheValidIds() {
        CommandRun run = CommandRun.of("search", "--rule", "knowledge-transfr", "--status", "missing",
                "--index", index.toString());

        assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
        assertTrue(run.err().contains("clausecheck: --rule: unknown rule id knowledge-transfr; valid ids: "
                + "acceptance-criteria, confidentiality, documentation, environment-access"), run.err());
    }

    @Test
    void noHitIsAnAnswerNotAnError() {
        CommandRun clauses = CommandRun.of("search", "escrow", "--index", index.toString());
        CommandRun contractsNone = CommandRun.of("search", "--rule", "ip-ownership", "--status", "contrary",
                "--index", index.toString());

        assertEquals(ExitCode.OK.code(), clauses.exitCode(), clauses.err());
        assertTrue(clauses.out().startsWith("0 clauses match; showing 0"), clauses.out());
        assertEquals(ExitCode.OK.code(), contractsNone.exitCode(), contractsNone.err());
        assertTrue(contractsNone.out().startsWith("0 contracts with ip-ownership CONTRARY:"), contractsNone.out());
    }

    @Test
    void anInputThatDoesNotExistCountsAsFailedAndExitsOne() {
        Path missing = temp.resolve("missing.pdf");
        CommandRun run = CommandRun.of("audit", missing.toString(), contracts.resolve("contract-01.txt").toString(),
                "--index", temp.resolve("index-missing").toString(), "--no-progress", "--format", "csv");

        assertEquals(ExitCode.ERROR.code(), run.exitCode(), run.err());
        assertTrue(run.err().contains(missing + ": no such file or folder"), run.err());
        assertTrue(run.err().contains("audit: 1 contracts audited, 1 failed"), run.err());
        assertTrue(run.err().contains("clausecheck: 1 file could not be audited"), run.err());
    }

    @Test
    void anOutputInAFolderThatDoesNotExistFailsBeforeTheAuditStarts() {
        Path nowhere = temp.resolve("no-such-folder").resolve("x.csv");
        Path untouched = temp.resolve("index-never-made");
        CommandRun audited = CommandRun.of("audit", contracts.toString(), "--index", untouched.toString(),
                "--format", "csv", "-o", nowhere.toString());
        CommandRun checked = CommandRun.of("check", contracts.resolve("contract-01.txt").toString(),
                "-o", nowhere.toString());

        assertEquals(ExitCode.USAGE.code(), audited.exitCode(), audited.err());
        assertTrue(audited.err().startsWith("clausecheck: cannot write " + nowhere + ": the folder "
                + nowhere.getParent() + " does not exist\n"), audited.err());
        assertFalse(Files.exists(untouched), "the audit never started");
        assertEquals(ExitCode.USAGE.code(), checked.exitCode(), checked.err());
    }

    @Test
    void aDamagedIndexIsOneLineNamingItAndHowToRebuildIt() throws IOException {
        Path damaged = temp.resolve("damaged");
        assertEquals(0, CommandRun.of("audit", contracts.resolve("contract-01.txt").toString(), "--index",
                damaged.toString(), "--no-progress", "--format", "csv", "--fail-on", "never").exitCode());
        try (Stream<Path> files = Files.list(damaged)) {
            for (Path segments : files.filter(file -> file.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(segments, "not a Lucene commit");
            }
        }

        CommandRun search = CommandRun.of("search", "ownership", "--index", damaged.toString());
        CommandRun again = CommandRun.of("audit", contracts.toString(), "--index", damaged.toString(), "--no-progress");

        for (CommandRun run : List.of(search, again)) {
            assertEquals(ExitCode.ERROR.code(), run.exitCode(), run.err());
            assertEquals(1, run.err().lines().filter(line -> line.startsWith("clausecheck:")).count(), run.err());
            assertTrue(run.err().contains("clausecheck: the index at " + damaged + " is damaged ("), run.err());
            assertTrue(run.err().contains("; rebuild it: delete that folder and run 'clausecheck audit DIR' again"),
                    run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }

    private static long contractLines(CommandRun run) {
        return run.out().lines().filter(line -> line.startsWith("  ") && line.endsWith("knowledge-transfer  MISSING"))
                .count();
    }
}
