package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.extract.ExtractionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditRunnerTest {

    @TempDir
    Path temp;

    @Test
    void auditsTheSamplePortfolioIntoTheIndex() throws IOException {
        Path contracts = temp.resolve("contracts");
        Portfolios.copySamples(contracts);
        AuditResult result = Portfolios.audit(contracts, temp.resolve("index"), new AtomicInteger());

        assertEquals(8, result.rows().size());
        assertEquals(0, result.failed());
        assertEquals(8, result.analysed());
        AuditRow vendorKeepsIp = row(result, "vendor-keeps-ip-saas-terms.pdf");
        int ipOwnership = ruleIndex("ip-ownership");
        assertEquals(Status.CONTRARY, vendorKeepsIp.statuses().get(ipOwnership));
        assertEquals("PDF", vendorKeepsIp.format());
        assertTrue(vendorKeepsIp.pages() > 0);
        assertEquals(result.rows().stream().map(AuditRow::file).sorted().toList(),
                result.rows().stream().map(AuditRow::file).toList(), "rows sorted by file");
        try (PortfolioReader reader = PortfolioReader.open(temp.resolve("index"))) {
            StoredDocument stored = reader.document(vendorKeepsIp.key()).orElseThrow();
            assertTrue(stored.json().startsWith("{\"file\":"), stored.json());
            assertFalse(stored.findings().get("ip-ownership").evidence().isEmpty());
        }
    }

    @Test
    void reauditReadsOnlyChangedFilesAndForgetsDeletedOnes() throws IOException {
        Path contracts = temp.resolve("contracts");
        Portfolios.copySamples(contracts);
        Path index = temp.resolve("index");
        AtomicInteger extractions = new AtomicInteger();
        AuditResult first = Portfolios.audit(contracts, index, extractions);
        assertEquals(8, extractions.get());

        extractions.set(0);
        AuditResult unchanged = Portfolios.audit(contracts, index, extractions);
        assertEquals(0, extractions.get(), "an unchanged file is not extracted again");
        assertEquals(8, unchanged.reused());
        assertEquals(first.rows(), unchanged.rows().stream().map(AuditRunnerTest::asFresh).toList(),
                "stored findings give the same rows");

        Path changed = contracts.resolve("northwind-ai-development-agreement.txt");
        Files.writeString(changed, "\n\n20. AMENDMENT\n\nThis Agreement may be amended only in writing.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.delete(contracts.resolve("we-you-ai-agency-terms.pdf"));
        extractions.set(0);
        AuditResult edited = Portfolios.audit(contracts, index, extractions);
        assertEquals(1, extractions.get(), "only the changed file is analysed again");
        assertEquals(7, edited.rows().size());
        assertEquals(1, edited.removed());
        AuditRow northwind = row(edited, "northwind-ai-development-agreement.txt");
        assertFalse(northwind.reused());
        assertNotEquals(row(first, "northwind-ai-development-agreement.txt").sha256(), northwind.sha256());

        try (PortfolioIndex portfolio = PortfolioIndex.open(index)) {
            Map<String, KnownEntry> known = portfolio.knownEntries();
            assertEquals(7, known.size());
            assertFalse(known.containsKey(PortfolioFile.keyOf(contracts.resolve("we-you-ai-agency-terms.pdf"))));
            assertEquals(northwind.sha256(), known.get(northwind.key()).sha256(), "the new entries replaced the old");
        }
    }

    @Test
    void aFileWithTheSizeAndTimeItWasReadWithIsNotReadAgainUnlessRehashed() throws IOException {
        Path contracts = temp.resolve("contracts");
        FileTime lastWeek = FileTime.from(Instant.now().minus(Duration.ofDays(7)));
        for (Path file : Portfolios.copySamples(contracts)) {
            Files.setLastModifiedTime(file, lastWeek);
        }
        Path index = temp.resolve("index");
        Portfolios.audit(contracts, index, new AtomicInteger());
        try (PortfolioIndex portfolio = PortfolioIndex.open(index)) {
            assertTrue(portfolio.knownEntries().values().stream().allMatch(entry -> entry.stamp() != null),
                    "files last changed a week ago have their stamps recorded");
        }

        // Other words, same size, same time: only the hash tells.
        Path edited = contracts.resolve("northwind-ai-development-agreement.txt");
        Files.writeString(edited, Files.readString(edited).replaceFirst("Agreement", "AGREEMENT"));
        Files.setLastModifiedTime(edited, lastWeek);
        AtomicInteger extractions = new AtomicInteger();
        Portfolios.audit(contracts, index, extractions);
        assertEquals(0, extractions.get(), "taken as unchanged by its size and time");

        AuditSettings rehash = new AuditSettings(2, Duration.ofSeconds(60), ExtractionOptions.defaults(),
                AnalysisOptions.defaults(), true);
        AuditResult rehashed = Portfolios.audit(contracts, index, extractions, rehash);
        assertEquals(1, extractions.get(), "--rehash reads every file and finds the change");
        assertFalse(row(rehashed, "northwind-ai-development-agreement.txt").reused());
    }

    @Test
    void anIndexFromBeforeTheEntryDocValuesIsEmptiedAndAuditedAgain() throws IOException {
        Path contracts = temp.resolve("contracts");
        Portfolios.copySamples(contracts);
        Path index = temp.resolve("index");
        String goneKey = PortfolioFile.keyOf(contracts.resolve("deleted-long-ago.pdf"));
        try (Directory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document head = new Document(); // the old layout: stored fields only
            head.add(new StringField(PortfolioFields.TYPE, PortfolioFields.TYPE_DOCUMENT, Field.Store.YES));
            head.add(new StringField(PortfolioFields.PATH, goneKey, Field.Store.YES));
            writer.addDocument(head);
            writer.commit();
        }

        AtomicInteger extractions = new AtomicInteger();
        AuditResult result = Portfolios.audit(contracts, index, extractions);

        assertEquals(8, extractions.get());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertEquals(0, reader.docFreq(new Term(PortfolioFields.PATH, goneKey)), "the old entries are gone");
        }
        try (PortfolioIndex portfolio = PortfolioIndex.open(index)) {
            assertEquals(result.rows().stream().map(AuditRow::key).sorted().toList(),
                    portfolio.knownEntries().keySet().stream().sorted().toList());
        }
    }

    @Test
    void brokenFilesAreRowsWithTheirReasonAndOtherFilesAreSkipped() throws IOException {
        Path contracts = temp.resolve("contracts");
        Files.createDirectories(contracts);
        Files.copy(Portfolios.SAMPLES.resolve("northwind-ai-development-agreement.txt"),
                contracts.resolve("good.txt"));
        for (String fixture : List.of("scanned.pdf", "corrupt.pdf", "encrypted.pdf", "truncated.docx")) {
            Portfolios.copyFixture(fixture, contracts.resolve("broken"));
        }
        Files.write(contracts.resolve("empty.pdf"), new byte[0]);
        Files.write(contracts.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.writeString(contracts.resolve("export.csv"), "file,status\na.pdf,MET\n");

        AtomicInteger extractions = new AtomicInteger();
        AuditResult result = Portfolios.audit(contracts, temp.resolve("index"), extractions);

        assertEquals(1, result.audited());
        assertEquals(5, result.failed());
        assertEquals(2, result.skippedCount(), "the image and the CSV export are counted and skipped");
        assertTrue(row(result, "scanned.pdf").error().contains("no text layer"), row(result, "scanned.pdf").error());
        assertTrue(row(result, "encrypted.pdf").error().contains("encrypted"), row(result, "encrypted.pdf").error());
        assertTrue(row(result, "empty.pdf").error().contains("empty"), row(result, "empty.pdf").error());
        assertTrue(row(result, "corrupt.pdf").failed());
        assertTrue(row(result, "truncated.docx").failed());

        extractions.set(0);
        AuditResult again = Portfolios.audit(contracts, temp.resolve("index"), extractions);
        assertEquals(0, extractions.get(), "a stored failure is not parsed again while the file is unchanged");
        assertEquals(result.rows().stream().map(AuditRow::error).toList(),
                again.rows().stream().map(AuditRow::error).toList());
    }

    @Test
    void aFileOverTheTimeLimitIsAFailureRowAndTheRunGoesOn() throws Exception {
        Path contracts = temp.resolve("contracts");
        Portfolios.copySamples(contracts);
        Files.writeString(contracts.resolve("a-slow-contract.txt"), "MASTER SERVICES AGREEMENT\n\n1. Services.\n");
        ContractSource real = Portfolios.counting(new AtomicInteger());
        CountingLatch stuck = new CountingLatch();
        ContractSource slow = (file, bytes) -> {
            if (file.display().endsWith("a-slow-contract.txt")) {
                stuck.hang(); // like PDFBox on a hostile file: ignores interrupts
            }
            return real.extract(file, bytes);
        };
        long start = System.nanoTime();
        AuditResult result;
        try (PortfolioIndex portfolio = PortfolioIndex.open(temp.resolve("index"))) {
            ScanResult scan = new PortfolioScanner().scan(List.of(contracts));
            // The limit is far above what a sample takes: at 500 ms a sample timed out too on a loaded machine.
            result = new AuditRunner(Portfolios.settings(1, Duration.ofSeconds(5)), slow)
                    .run(scan, portfolio, ProgressListener.none());
        } finally {
            stuck.release();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals("timed out after 5 s", row(result, "a-slow-contract.txt").error());
        assertEquals(8, result.audited(), "with one job, the other files still ran after the hung one");
        assertTrue(seconds < 30, "the hung worker did not hold the run: " + seconds + " s");
    }

    /** A task that hangs, ignoring interrupts, until the test releases it. */
    private static final class CountingLatch {
        private volatile boolean released;

        void hang() {
            while (!released) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ignored) {
                    // like a parser that does not check for interrupts
                }
            }
        }

        void release() {
            released = true;
        }
    }

    @Test
    void startsWithTheLargestFilesAndLeavesUnreadableOnesLast() throws IOException {
        PortfolioFile small = write("small.txt", 10);
        PortfolioFile large = write("large.txt", 300);
        PortfolioFile medium = write("medium.txt", 200);
        PortfolioFile gone = PortfolioFile.of(temp.resolve("gone.txt"), "gone.txt");

        assertEquals(List.of(large, medium, small, gone),
                AuditRunner.largestFirst(List.of(small, gone, large, medium)));
    }

    private PortfolioFile write(String name, int bytes) throws IOException {
        Path path = Files.write(temp.resolve(name), "x".repeat(bytes).getBytes(StandardCharsets.US_ASCII));
        return PortfolioFile.of(path, name);
    }

    static AuditRow row(AuditResult result, String fileName) {
        return result.rows().stream().filter(r -> r.file().endsWith(fileName)).findFirst().orElseThrow();
    }

    static int ruleIndex(String ruleId) {
        List<String> ids = PlaybookLoader.loadDefault().rules().stream().map(r -> r.id()).toList();
        return ids.indexOf(ruleId);
    }

    private static AuditRow asFresh(AuditRow row) {
        return new AuditRow(row.file(), row.key(), row.sha256(), row.format(), row.pages(), row.risk(), row.statuses(),
                row.error(), false);
    }
}
