package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF cut short in transfer is read in part: every format says so at the top, its verdicts are marked
 * incomplete, MISSING reads "not found in the pages read", and {@code check} exits with 1 unless
 * {@code --allow-partial}. The statuses themselves are those of the pages read.
 */
class PartlyReadDocumentTest {

    private static final Path SAMPLE = Path.of("..", "samples", "vendor-keeps-ip-saas-terms.pdf");

    @TempDir
    static Path folder;
    /** The bundled sample, saved without object streams (so that its start stays readable), cut after 40 %. */
    static Path cutShort;

    @BeforeAll
    static void cutTheSampleShort() throws IOException {
        cutShort = cutShortCopy(folder);
    }

    /** The vendor-keeps-IP sample in a folder as cut-short.pdf: saved without object streams, cut after 40 %. */
    static Path cutShortCopy(Path folder) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (PDDocument pdf = Loader.loadPDF(SAMPLE.toFile())) {
            pdf.save(whole, CompressParameters.NO_COMPRESSION);
        }
        byte[] bytes = whole.toByteArray();
        return Files.write(folder.resolve("cut-short.pdf"), Arrays.copyOf(bytes, bytes.length * 2 / 5));
    }

    @Test
    void theTextReportSaysAtTheTopThatTheDocumentWasReadInPartAndExitsWithOne() {
        CommandRun run = CommandRun.of("check", cutShort.toString());

        assertEquals(ExitCode.ERROR.code(), run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[3].startsWith("  Incomplete:  read in part, the PDF is truncated"), run.out());
        assertTrue(run.out().contains("MISSING means not found in the pages read"), run.out());
        assertTrue(run.out().matches("(?s).*! MISSING .*\\(not found in the pages read\\)\n.*"), run.out());
        assertTrue(run.err().contains("cut-short.pdf: read in part (the PDF is truncated"), run.err());
        assertTrue(run.err().contains("--allow-partial"), run.err());
    }

    @Test
    void allowPartialJudgesTheDocumentByTheFailLevel() {
        CommandRun gaps = CommandRun.of("check", "--allow-partial", cutShort.toString());
        CommandRun never = CommandRun.of("check", "--allow-partial", "--fail-on", "never", cutShort.toString());

        assertEquals(ExitCode.GAPS_FOUND.code(), gaps.exitCode(), gaps.err());
        assertEquals(ExitCode.OK.code(), never.exitCode(), never.err());
        assertFalse(gaps.err().contains("read in part"), gaps.err());
        assertTrue(gaps.out().contains("Incomplete:"), "the report still says so: " + gaps.out());
    }

    @Test
    void theWholeSampleIsNeitherIncompleteNorRefused() {
        CommandRun run = CommandRun.of("check", "--format", "json", SAMPLE.toString());

        assertEquals(ExitCode.GAPS_FOUND.code(), run.exitCode(), run.err());
        assertTrue(run.out().contains("\"complete\" : true,\n    \"unreadPages\" : [ ],"), run.out());
        assertTrue(run.out().contains("\"incomplete\" : false"), run.out());
        assertFalse(run.out().contains("\"incomplete\" : true"), run.out());
        assertFalse(run.out().contains("not found in the pages read"), run.out());
    }

    @Test
    void jsonCarriesTheReasonAndMarksEveryVerdictIncomplete() {
        CommandRun run = CommandRun.of("check", "--format", "json", "--allow-partial", cutShort.toString());

        assertTrue(run.out().contains("\"complete\" : false,"), run.out());
        assertTrue(run.out().contains("\"incompleteReason\" : \"the PDF is truncated"), run.out());
        long findings = run.out().lines().filter(line -> line.contains("\"ruleId\" :")).count();
        long incomplete = run.out().lines().filter(line -> line.contains("\"incomplete\" : true")).count();
        assertTrue(findings > 0, run.out());
        assertEquals(findings, incomplete, run.out());
    }

    @Test
    void csvSarifMarkdownAndHtmlSayItToo() {
        String csv = CommandRun.of("check", "--format", "csv", "--allow-partial", cutShort.toString()).out();
        String[] rows = csv.split("\r\n");
        assertTrue(rows[0].endsWith(",incomplete,waiver"), rows[0]);
        assertTrue(rows[1].endsWith(",true,"), "incomplete, and no waiver: " + rows[1]);
        assertTrue(csv.contains("MISSING") && csv.contains("not found in the pages read (the PDF is truncated"), csv);

        String sarif = CommandRun.of("check", "--format", "sarif", "--allow-partial", cutShort.toString()).out();
        assertTrue(sarif.contains("\"incomplete\" : true"), sarif);
        assertTrue(sarif.contains("MISSING (not found in the pages read): "), sarif);
        assertTrue(sarif.contains("cut-short.pdf: read in part, the PDF is truncated"), sarif);

        String markdown = CommandRun.of("check", "--format", "markdown", "--allow-partial", cutShort.toString()).out();
        assertTrue(markdown.contains("> **Incomplete:** read in part"), markdown);

        String html = CommandRun.of("check", "--format", "html", "--allow-partial", cutShort.toString()).out();
        assertTrue(html.contains("<p class=\"incomplete\"><strong>Incomplete:</strong> read in part"), html);
    }

    /** The user's case: a corpus contract cut after 20,000 bytes, of whose 13 pages most are not read. */
    @Test
    void aCorpusContractCutShortNamesThePagesThatCouldNotBeRead() throws IOException {
        String corpus = System.getProperty("clausecheck.corpus");
        Path whole = corpus == null ? null
                : Path.of(corpus, "cuad", "pdf", "ADAMSGOLFINC_03_21_2005-EX-10.17-ENDORSEMENT_AGREEMENT.pdf");
        Assumptions.assumeTrue(whole != null && Files.exists(whole), "shared corpus not available");
        Path cut = Files.write(folder.resolve("endorsement.pdf"), Arrays.copyOf(Files.readAllBytes(whole), 20_000));

        CommandRun run = CommandRun.of("check", cut.toString());

        assertEquals(ExitCode.ERROR.code(), run.exitCode(), run.err());
        assertTrue(run.out().lines().skip(3).findFirst().orElse("")
                .matches("  Incomplete: {2}read in part, pages [0-9, -]+ could not be read \\(the PDF is truncated.*"),
                run.out());
    }
}
