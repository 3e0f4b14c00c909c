package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    static Path temp;
    static Path contracts;
    static Path index;
    static CommandRun firstAudit;

    @BeforeAll
    static void auditSamples() throws IOException {
        contracts = temp.resolve("contracts");
        Files.createDirectories(contracts);
        try (Stream<Path> samples = Files.list(SAMPLES)) {
            for (Path sample : samples.filter(Files::isRegularFile).toList()) {
                Files.copy(sample, contracts.resolve(sample.getFileName()));
            }
        }
        Files.copy(Path.of("..", "extractor", "src", "test", "resources", "documents", "scanned.pdf"),
                contracts.resolve("scanned.pdf"));
        index = temp.resolve("index");
        firstAudit = CommandRun.of("audit", contracts.toString(), "--index", index.toString(), "--no-color");
    }

    @Test
    void auditPrintsTheMatrixAndExitsOneForTheFileItCouldNotRead() {
        // scanned.pdf cannot be read: exit 1 as check gives, before the gaps the other contracts have.
        assertEquals(1, firstAudit.exitCode(), firstAudit.err());
        assertTrue(firstAudit.err().contains("clausecheck: 1 file could not be audited"), firstAudit.err());
        assertTrue(firstAudit.out().contains("Legend: + MET"), firstAudit.out());
        assertTrue(firstAudit.out().contains("scanned.pdf: the PDF has no text layer"), firstAudit.out());
        assertTrue(firstAudit.out().contains("8 contracts audited, 1 failed"), firstAudit.out());
    }

    @Test
    void progressWithoutATerminalIsPlainLines() {
        String err = firstAudit.err();
        assertTrue(err.contains("audit: 9 files to audit"), err);
        assertTrue(err.contains("audit: 9/9 files (100%)"), err);
        assertFalse(err.contains("\r"), "no carriage returns when standard error is not a terminal");
        assertTrue(err.contains("audit: 8 contracts audited, 1 failed (9 files read, 0 unchanged since the last audit)"), err);
    }

    @Test
    void secondAuditReusesTheIndexAndNeverFailsStillCountsTheUnreadFile() {
        CommandRun again = CommandRun.of("audit", contracts.toString(), "--index", index.toString(),
                "--fail-on", "never", "--no-progress", "--format", "csv");
        // No gap fails the run, but scanned.pdf (its stored failure reused) is still a file not read: 1.
        assertEquals(1, again.exitCode(), again.err());
        assertTrue(again.err().contains("clausecheck: 1 file could not be audited"), again.err());
        assertTrue(again.err().contains("(0 files read, 9 unchanged since the last audit)"), again.err());
        assertTrue(again.out().startsWith("file,sha256,format,pages,risk,ip-ownership"), again.out());

        CommandRun rehashed = CommandRun.of("audit", contracts.toString(), "--index", index.toString(), "--rehash",
                "--fail-on", "never", "--no-progress", "--format", "csv");
        assertEquals(1, rehashed.exitCode(), rehashed.err());
        assertTrue(rehashed.err().contains("(0 files read, 9 unchanged since the last audit)"), rehashed.err());
        assertEquals(again.out(), rehashed.out(), "hashing every file finds the same files unchanged");
    }

    @Test
    void xlsxNeedsAnOutputFileAndUnknownFormatsAreUsageErrors() throws IOException {
        assertEquals(2, CommandRun.of("audit", contracts.toString(), "--format", "xlsx").exitCode());
        CommandRun unknown = CommandRun.of("audit", contracts.toString(), "--format", "pdf");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("matrix, csv, xlsx, jsonl, html"), unknown.err());
        Path xlsx = temp.resolve("portfolio.xlsx");
        CommandRun written = CommandRun.of("audit", contracts.toString(), "--index", index.toString(),
                "--format", "xlsx", "-o", xlsx.toString(), "--no-progress");
        assertEquals(1, written.exitCode(), "scanned.pdf is unread: " + written.err());
        assertTrue(Files.size(xlsx) > 1000);
    }

    @Test
    void nothingToAuditIsExitOne() throws IOException {
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.write(broken.resolve("empty.txt"), new byte[0]);
        CommandRun run = CommandRun.of("audit", broken.toString(), "--index", temp.resolve("broken-index").toString(),
                "--no-progress");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("nothing could be audited"), run.err());
        assertTrue(run.out().contains("empty.txt: the file is empty"), run.out());
    }

    @Test
    void searchFindsClausesAndFiltersContracts() {
        CommandRun phrase = CommandRun.of("search", "\"source code\"~5", "--index", index.toString(), "--limit", "3");
        assertEquals(0, phrase.exitCode(), phrase.err());
        assertTrue(phrase.out().contains("[source code]"), phrase.out());
        assertTrue(phrase.out().contains(" 1. "), phrase.out());

        CommandRun lacking = CommandRun.of("search", "--rule", "knowledge-transfer", "--status", "missing",
                "--index", index.toString());
        assertEquals(0, lacking.exitCode(), lacking.err());
        assertTrue(lacking.out().contains("partial-protections-consulting-agreement.docx  knowledge-transfer  MISSING"),
                lacking.out());

        CommandRun json = CommandRun.of("search", "fees", "--format", "json", "--index", index.toString(), "--repeat", "3");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"hits\" : ["), json.out());
        assertTrue(json.err().contains("search: median "), json.err());
    }

    @Test
    void searchWithoutAnIndexSaysToAuditFirst() {
        Path nowhere = temp.resolve("no-index-here");
        CommandRun run = CommandRun.of("search", "source", "--index", nowhere.toString());
        assertEquals(1, run.exitCode());
        assertEquals("clausecheck: no portfolio index at " + nowhere + "; run 'clausecheck audit DIR' first",
                run.err().strip());
        assertEquals(2, CommandRun.of("search", "--index", index.toString()).exitCode(), "a query or a filter is needed");
        assertEquals(2, CommandRun.of("search", "\"unclosed", "--index", index.toString()).exitCode());
    }
}
