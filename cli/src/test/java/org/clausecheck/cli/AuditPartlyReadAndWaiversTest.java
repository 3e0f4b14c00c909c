package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit says what check says: a contract read in part is marked in every output with the pages not read and
 * makes the run exit 1 unless --allow-partial; a waived gap is shown beside its status and does not fail the run.
 */
class AuditPartlyReadAndWaiversTest {

    private static final Path SAMPLE = Path.of("..", "samples", "vendor-keeps-ip-saas-terms.pdf");

    @TempDir
    Path folder;

    @Test
    void aContractReadInPartIsMarkedInEveryOutputAndExitsWithOne() throws IOException {
        Path contracts = Files.createDirectories(folder.resolve("contracts"));
        PartlyReadDocumentTest.cutShortCopy(contracts);
        String index = folder.resolve("index").toString();

        CommandRun matrix = CommandRun.of("audit", contracts.toString(), "--index", index);

        assertEquals(ExitCode.ERROR.code(), matrix.exitCode(), matrix.err());
        assertTrue(matrix.err().contains("cut-short.pdf: read in part (the PDF is truncated"), matrix.err());
        assertTrue(matrix.err().contains("--allow-partial accepts it"), matrix.err());
        assertTrue(matrix.out().matches("(?s).*cut-short\\.pdf .* HIGH {2}read in part: the PDF is truncated.*"),
                matrix.out());

        // Read again from the index: the mark is stored with the row, not only known while the file is read.
        CommandRun csv = CommandRun.of("audit", contracts.toString(), "--index", index, "--format", "csv");
        assertEquals(ExitCode.ERROR.code(), csv.exitCode(), csv.err());
        assertTrue(csv.err().contains("1 unchanged since the last audit"), csv.err());
        String[] rows = csv.out().split("\r\n");
        assertTrue(rows[0].contains(",error,incomplete,waivers,"), rows[0]);
        assertTrue(rows[1].contains(",,the PDF is truncated"), rows[1]);

        String jsonl = CommandRun.of("audit", contracts.toString(), "--index", index, "--format", "jsonl").out();
        assertTrue(jsonl.contains("\"complete\":false"), jsonl);
        assertTrue(jsonl.contains("\"incompleteReason\":\"the PDF is truncated"), jsonl);

        String html = CommandRun.of("audit", contracts.toString(), "--index", index, "--format", "html").out();
        assertTrue(html.contains("<small title=\"the PDF is truncated"), html);
        assertTrue(html.contains("<p class=\"incomplete\"><strong>Incomplete:</strong> read in part, the PDF is"
                + " truncated"), html);
    }

    @Test
    void allowPartialJudgesItByTheFailLevel() throws IOException {
        Path contracts = Files.createDirectories(folder.resolve("contracts"));
        PartlyReadDocumentTest.cutShortCopy(contracts);

        CommandRun run = CommandRun.of("audit", contracts.toString(), "--index", folder.resolve("index").toString(),
                "--allow-partial");

        assertEquals(ExitCode.GAPS_FOUND.code(), run.exitCode(), run.err());
        assertFalse(run.err().contains("--allow-partial accepts it"), run.err());
        assertTrue(run.out().contains("read in part: "), "the matrix still says so: " + run.out());
    }

    @Test
    void aWaiverInForceChangesTheAuditsExitCodeAndIsShownBesideTheStatus() throws IOException {
        Path contracts = Files.createDirectories(folder.resolve("contracts"));
        Files.copy(SAMPLE, contracts.resolve("cobalt.pdf"));
        String inForce = WaiversTest.bothGapsWaived(folder, "in-force.yaml", "2099-12-31");
        String expired = WaiversTest.bothGapsWaived(folder, "expired.yaml", "2020-01-31");
        String index = folder.resolve("index").toString();

        CommandRun without = CommandRun.of("audit", contracts.toString(), "--index", index);
        CommandRun waived = CommandRun.of("audit", contracts.toString(), "--index", index, "--waivers", inForce);
        CommandRun old = CommandRun.of("audit", contracts.toString(), "--index", index, "--waivers", expired);

        assertEquals(ExitCode.GAPS_FOUND.code(), without.exitCode(), without.err());
        assertEquals(ExitCode.OK.code(), waived.exitCode(), waived.err());
        assertEquals(ExitCode.GAPS_FOUND.code(), old.exitCode(), old.err());
        assertTrue(waived.out().contains("cobalt.pdf *x  ~ *x  ~"), waived.out());
        assertTrue(waived.out().contains("contracts/cobalt.pdf, ip-ownership: waived until 2099-12-31 by J. Smith"
                + " (legal): hosted service"), waived.out());
        assertTrue(old.out().contains("cobalt.pdf  x  ~  x  ~"), old.out());
        assertTrue(old.out().contains("ip-ownership: waiver expired on 2020-01-31"), old.out());
        assertTrue(old.err().contains("expired on 2020-01-31; its findings count again"), old.err());

        String csv = CommandRun.of("audit", contracts.toString(), "--index", index, "--format", "csv", "--waivers",
                inForce).out();
        String row = csv.split("\r\n")[1];
        assertTrue(row.contains(",CONTRARY,WEAK,CONTRARY,"), "statuses unchanged: " + row);
        assertTrue(row.contains(",\"ip-ownership: waived until 2099-12-31 by J. Smith (legal): hosted service, the"
                + " platform stays the vendor's; environment-access: waived until 2099-12-31 by J. Smith (legal):"
                + " hosted service, the platform stays the vendor's\""), row);

        String jsonl = CommandRun.of("audit", contracts.toString(), "--index", index, "--format", "jsonl",
                "--waivers", inForce).out();
        assertTrue(jsonl.strip().endsWith(",\"waivers\":[{\"ruleId\":\"ip-ownership\",\"status\":\"CONTRARY\","
                + "\"state\":\"waived\",\"reason\":\"hosted service, the platform stays the vendor's\",\"approvedBy\":"
                + "\"J. Smith (legal)\",\"until\":\"2099-12-31\"},{\"ruleId\":\"environment-access\",\"status\":"
                + "\"CONTRARY\",\"state\":\"waived\",\"reason\":\"hosted service, the platform stays the vendor's\","
                + "\"approvedBy\":\"J. Smith (legal)\",\"until\":\"2099-12-31\"}]}"), jsonl);

        String html = CommandRun.of("audit", contracts.toString(), "--index", index, "--format", "html",
                "--waivers", inForce).out();
        assertTrue(html.contains("title=\"The customer owns the work product: CONTRARY, waived\""), html);
        assertTrue(html.contains("<p class=\"waiver\"><strong>Waiver:</strong> waived until 2099-12-31"), html);
    }

    @Test
    void anAuditWaiverOfAnUnknownRuleIsExitTwoBeforeAnyFileIsRead() throws IOException {
        String waivers = Files.writeString(folder.resolve("typo.yaml"), "waivers:\n  - rule: ip\n    file: '*'\n"
                + "    reason: r\n    approved-by: a\n    until: 2099-01-01\n").toString();

        CommandRun run = CommandRun.of("audit", SAMPLE.toString(), "--index", folder.resolve("index").toString(),
                "--waivers", waivers);

        assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
        assertTrue(run.err().startsWith("clausecheck: --waivers " + waivers + ": unknown rule id ip; valid ids: "),
                run.err());
        assertFalse(Files.exists(folder.resolve("index")), "nothing was audited");
    }
}
