package org.clausecheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.OcrMode;
import org.clausecheck.inventory.ClauseInventoryReader;
import org.clausecheck.portfolio.AuditResult;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.portfolio.AuditRunner;
import org.clausecheck.portfolio.AuditSettings;
import org.clausecheck.portfolio.ContractSource;
import org.clausecheck.portfolio.InventoryColumns;
import org.clausecheck.portfolio.PortfolioIndex;
import org.clausecheck.portfolio.PortfolioReader;
import org.clausecheck.portfolio.PortfolioScanner;
import org.clausecheck.portfolio.ProgressListener;
import org.clausecheck.portfolio.StoredDocument;
import org.clausecheck.portfolio.StoredEvidence;
import org.clausecheck.portfolio.StoredFinding;
import org.clausecheck.testsupport.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]}, as spark-submit runs it, against {@code clausecheck audit} on the same files: the same
 * contracts and the same findings, row for row. One Spark session for the class: it costs seconds to start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditJobTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path FIXTURES = Path.of("..", "extractor", "src", "test", "resources", "documents");

    private SparkSession spark;
    private final Playbook playbook = PlaybookLoader.loadDefault();

    @BeforeAll
    void startSpark(@TempDir Path warehouse) {
        spark = SparkSession.builder().master("local[2]").appName("AuditJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.warehouse.dir", warehouse.toString())
                .getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    @Test
    void samplesAndBrokenFilesGiveTheAuditsContractsAndFindings(@TempDir Path work) throws Exception {
        Path contracts = work.resolve("contracts");
        copyContracts(SAMPLES, contracts);
        Files.copy(FIXTURES.resolve("corrupt.pdf"), contracts.resolve("corrupt.pdf"));
        Files.copy(FIXTURES.resolve("truncated.docx"), contracts.resolve("nested").resolve("truncated.docx"));

        AuditJob.Summary summary = AuditJob.run(spark, JobArguments.parse("--input", contracts.toString(),
                "--output", work.resolve("out").toString(), "--matrix"), playbook);

        Audit audit = audit(contracts, work.resolve("index"));
        assertEquals(10, audit.rows().size(), "8 samples and 2 broken files: " + audit.rows().keySet());
        assertEquals(2, audit.rows().values().stream().filter(AuditRow::failed).count());
        assertEquals(new Summary(10, 2), new Summary(summary.contracts(), summary.failed()));
        assertSameAsAudit(audit, work.resolve("out"));

        List<Row> matrix = spark.read().option("header", "true").csv(work.resolve("out/matrix").toString())
                .collectAsList();
        assertEquals(10, matrix.size());
        assertEquals(playbook.rules().get(0).id(), matrix.get(0).schema().fieldNames()[4]);
    }

    @Test
    void aFewSmallFilesAreSplitIntoAboutOnePartitionEachInsteadOfOnePerCore(@TempDir Path work) throws Exception {
        Path contracts = work.resolve("contracts");
        copyContracts(SAMPLES, contracts);
        String input = contracts.toString();
        int files = AuditJob.contractFiles(spark, input).inputFiles().length;
        assertEquals(8, files, "the samples");
        // Spark's default packs the eight small files (each counted as 4 MB) into one partition per core or so.
        int bySparkDefault = AuditJob.contractFiles(spark, input).rdd().getNumPartitions();
        assertTrue(bySparkDefault <= 3, "Spark's default: " + bySparkDefault + " partitions");

        Runnable restore = AuditJob.partitionScanFor(spark, files);
        try {
            // Spark packs by bytes: the smallest files may still share a partition.
            int partitions = AuditJob.contractFiles(spark, input).rdd().getNumPartitions();
            assertTrue(partitions >= 6 && partitions <= 8, "about one partition per file: " + partitions);
        } finally {
            restore.run();
        }
        assertEquals(bySparkDefault, AuditJob.contractFiles(spark, input).rdd().getNumPartitions(),
                "the session's setting is put back");

        spark.conf().set(ScanPartitioning.MIN_PARTITIONS, 2);
        try {
            AuditJob.partitionScanFor(spark, files).run();
            assertEquals("2", spark.conf().get(ScanPartitioning.MIN_PARTITIONS), "the user's setting wins");
        } finally {
            spark.conf().unset(ScanPartitioning.MIN_PARTITIONS);
        }
    }

    @Test
    void sinceSkipsContentsAlreadyAuditedAndAppendsTheNewOnes(@TempDir Path work) throws Exception {
        Path contracts = work.resolve("contracts");
        Files.createDirectories(contracts);
        Files.copy(SAMPLES.resolve("northwind-ai-development-agreement.txt"), contracts.resolve("northwind.txt"));
        Files.copy(FIXTURES.resolve("statement-of-work.md"), contracts.resolve("sow.md"));
        Path out = work.resolve("out");
        AuditJob.Summary first = AuditJob.run(spark, JobArguments.parse("--input", contracts.toString(),
                "--output", out.toString(), "--no-inventory"), playbook);
        assertEquals(2, first.contracts());

        // A copy of a known content is skipped; a new content is audited and appended.
        Files.copy(contracts.resolve("northwind.txt"), contracts.resolve("northwind-copy.txt"));
        Files.copy(FIXTURES.resolve("services-agreement-utf8.txt"), contracts.resolve("services.txt"));
        AuditJob.Summary second = AuditJob.run(spark, JobArguments.parse("--input", contracts.toString(),
                "--output", out.toString(), "--since", out.resolve("contracts").toString(), "--no-inventory"),
                playbook);
        assertEquals(1, second.contracts());
        assertEquals(2, second.skippedAsKnown());
        List<String> files = spark.read().parquet(out.resolve("contracts").toString()).select("file")
                .collectAsList().stream().map(row -> Path.of(URI.create(row.getString(0))).getFileName().toString())
                .sorted().toList();
        assertEquals(List.of("northwind.txt", "services.txt", "sow.md"), files);
        Row services = spark.read().parquet(out.resolve("contracts").toString()).where("file like '%services.txt'")
                .first();
        assertNull(services.getAs("categories"), "--no-inventory leaves the key terms out");
        assertEquals(playbook.rules().size(), spark.read().parquet(out.resolve("findings").toString())
                .where("file like '%services.txt'").count(), "one row per rule");
    }

    @Test
    void cuadPdfsGiveTheAuditsFindings(@TempDir Path work) throws Exception {
        Path pdfs = SharedCorpus.require("cuad/pdf");
        long started = System.nanoTime();
        // Text layers only: the comparison is about the job and the audit agreeing, and OCR of CUAD's few image pages
        // (checked in the extractor's corpus tests) would double this test's time in CI.
        AuditJob.run(spark, JobArguments.parse("--input", pdfs.toString(), "--output", work.resolve("out").toString(),
                "--ocr", "never"), playbook);
        Duration job = Duration.ofNanos(System.nanoTime() - started);
        Audit audit = audit(pdfs, work.resolve("index"));
        assertEquals(270, audit.rows().size());
        assertSameAsAudit(audit, work.resolve("out"));
        System.out.printf("AuditJobTest: the job audited %d CUAD PDFs in local[2] in %.1f s%n", audit.rows().size(),
                job.toMillis() / 1000.0);
    }

    private record Summary(long contracts, long failed) {
    }

    /** The audit's rows and stored documents by absolute path. */
    private record Audit(Map<String, AuditRow> rows, Map<String, StoredDocument> documents) {
    }

    /** {@code clausecheck audit FOLDER -j 2}, as the audit command sets it up, into an index under {@code index}. */
    private Audit audit(Path folder, Path index) throws IOException, InterruptedException {
        AnalysisOptions analysis = new AnalysisOptions(playbook, null).withInventory(ClauseInventoryReader.shipped());
        AuditSettings settings = new AuditSettings(2, Duration.ofSeconds(60),
                ExtractionOptions.defaults().withOcr(OcrMode.NEVER), analysis);
        AuditResult result;
        try (PortfolioIndex portfolio = PortfolioIndex.open(index)) {
            result = new AuditRunner(settings, ContractSource.of(new Extractor(), settings.extraction()))
                    .run(new PortfolioScanner(index).scan(List.of(folder)), portfolio, ProgressListener.none());
        }
        Map<String, AuditRow> rows = new TreeMap<>();
        Map<String, StoredDocument> documents = new TreeMap<>();
        try (PortfolioReader reader = PortfolioReader.open(index)) {
            for (AuditRow row : result.rows()) {
                rows.put(row.key(), row);
                if (!row.failed()) {
                    documents.put(row.key(), reader.document(row.key()).orElseThrow());
                }
            }
        }
        return new Audit(rows, documents);
    }

    private void assertSameAsAudit(Audit audit, Path out) {
        List<Row> contracts = spark.read().parquet(out.resolve("contracts").toString()).collectAsList();
        Map<String, String> jobContracts = new TreeMap<>();
        contracts.forEach(row -> jobContracts.put(key(row), contractLine(row)));
        Map<String, String> auditContracts = new TreeMap<>();
        audit.rows().forEach((key, row) -> auditContracts.put(key, contractLine(row)));
        assertEquals(auditContracts, jobContracts);

        List<String> jobFindings = spark.read().parquet(out.resolve("findings").toString()).collectAsList().stream()
                .map(row -> key(row) + " " + findingLine(row)).sorted().toList();
        List<String> auditFindings = new ArrayList<>();
        audit.documents().forEach((key, document) -> document.findings().values()
                .forEach(finding -> auditFindings.add(key + " " + findingLine(finding))));
        auditFindings.sort(null);
        assertFalse(auditFindings.isEmpty());
        assertEquals(auditFindings, jobFindings);
        assertTrue(jobFindings.stream().anyMatch(line -> line.contains(" MET ")), "some finding is MET");
    }

    /** The file's absolute path, as the audit keys it. */
    private static String key(Row row) {
        return Path.of(URI.create(row.getAs("file"))).toString();
    }

    private static String contractLine(AuditRow row) {
        InventoryColumns terms = row.inventory();
        return String.join(" | ", row.sha256(), row.format(), String.valueOf(row.pages()),
                row.risk() == null ? "" : row.risk().name(), row.unread(), row.error() == null ? "" : row.error(),
                terms == null ? "" : String.join(" / ", terms.agreementDate(), terms.effectiveDate(),
                        terms.expirationDate(), terms.renewalTerm(), terms.noticePeriod(), terms.governingLaw(),
                        String.join(",", terms.categories())));
    }

    private static String contractLine(Row row) {
        boolean failed = row.getAs("error") != null;
        List<String> categories = row.getAs("categories") == null ? null : row.getList(row.fieldIndex("categories"));
        return String.join(" | ", row.<String>getAs("sha256"), failed ? "" : row.getAs("format"),
                failed ? "0" : String.valueOf(row.<Integer>getAs("pages")), failed ? "" : row.getAs("risk"),
                failed ? "" : row.getAs("unread"), failed ? row.getAs("error") : "",
                categories == null ? "" : String.join(" / ", row.<String>getAs("agreement_date"),
                        row.<String>getAs("effective_date"), row.<String>getAs("expiration_date"),
                        row.<String>getAs("renewal_term"), row.<String>getAs("notice_period"),
                        row.<String>getAs("governing_law"), String.join(",", categories)));
    }

    private static String findingLine(StoredFinding finding) {
        return finding.ruleId() + " " + finding.status() + " " + finding.evidence().stream()
                .map(e -> e.kind() + "@" + e.page() + "§" + e.section() + ":" + e.quote())
                .collect(Collectors.joining(" ; ", "[", "]"));
    }

    private static String findingLine(Row row) {
        List<Row> evidence = row.getList(row.fieldIndex("evidence"));
        String first = evidence.isEmpty() ? null : evidence.get(0).getAs("quote");
        assertEquals(first, row.getAs("quote"), "the flat columns hold the first piece of evidence");
        return findingLine(new StoredFinding(row.getAs("rule"),
                org.clausecheck.analyze.finding.Status.valueOf(row.getAs("status")), "", evidence.stream()
                .map(e -> new StoredEvidence(e.getAs("kind"), e.getAs("quote"), e.<Integer>getAs("page"),
                        e.getAs("section"))).toList()));
    }

    /** The contracts of the samples folder (not its reports or sources), as the README's examples use them. */
    private static void copyContracts(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve("nested"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
