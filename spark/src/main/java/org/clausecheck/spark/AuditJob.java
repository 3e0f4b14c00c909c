package org.clausecheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode_outer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookException;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.analyze.playbook.PlaybookValidator;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.FormatDetector;

/**
 * {@code clausecheck audit} as a Spark job (docs/scale.md): reads contracts with the {@code binaryFile} source from
 * any Hadoop path, audits each partition on an executor with the portfolio's per-file audit, and writes the Parquet
 * tables {@code contracts} and {@code findings} (and, with --matrix, the audit matrix as CSV) under the output path.
 * A file that cannot be audited is a row with its reason, never a failed job.
 *
 * <pre>spark-submit --class org.clausecheck.spark.AuditJob clausecheck-spark.jar --input PATH --output PATH
 *     [--playbook FILE] [--since TABLE] [--matrix] [--no-inventory]</pre>
 */
public final class AuditJob {

    /** The formats the extractor reads, by extension: the glob of the {@code binaryFile} source. */
    static final String CONTRACT_GLOB = "*.{pdf,PDF,Pdf,docx,DOCX,Docx,doc,DOC,Doc,txt,TXT,Txt,md,MD,markdown}";

    private AuditJob() {
    }

    /** What a run did. */
    public record Summary(long contracts, long failed, long findings, int skippedAsKnown) {
    }

    public static void main(String[] args) {
        JobArguments arguments;
        Playbook playbook;
        try {
            arguments = JobArguments.parse(args);
            playbook = playbook(arguments);
        } catch (IllegalArgumentException | PlaybookException e) {
            System.err.println("clausecheck-spark: " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", "; "));
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("clausecheck audit").getOrCreate();
        int exitCode = 0;
        try {
            Summary summary = run(spark, arguments, playbook);
            System.out.printf("clausecheck-spark: %d contracts audited (%d failed, %d findings), %d skipped as"
                    + " already in %s%n", summary.contracts(), summary.failed(), summary.findings(),
                    summary.skippedAsKnown(), arguments.since().orElse("no earlier table"));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) { // Scala code throws the checked AnalysisException without declaring it
            if (!(e instanceof AnalysisException)) {
                throw new IllegalStateException(e);
            }
            // No such input, tables already there: the user's to fix, said in one line.
            System.err.println("clausecheck-spark: " + FormatDetector.oneLine(e));
            exitCode = 2;
        } finally {
            spark.stop();
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The playbook named by --playbook (validated as the CLI does), or the built-in one. */
    static Playbook playbook(JobArguments arguments) {
        if (arguments.playbook().isEmpty()) {
            return PlaybookLoader.loadDefault();
        }
        String file = arguments.playbook().get();
        Playbook playbook = PlaybookLoader.load(Path.of(file));
        List<String> problems = PlaybookValidator.problemsBeforeAnalysis(playbook);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("--playbook " + file + ": invalid playbook: " + problems.get(0));
        }
        return playbook;
    }

    /** Runs the audit on this session; the tables are written when it returns. */
    public static Summary run(SparkSession spark, JobArguments arguments, Playbook playbook) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Set<String> known = arguments.since().map(table -> knownContents(spark, table)).orElse(Set.of());
        Broadcast<JobSettings> settings = context.broadcast(
                new JobSettings(playbook, ExtractionOptions.defaults().withOcr(arguments.ocr()), arguments.inventory()));
        Broadcast<Set<String>> skipped = context.broadcast(known);

        Dataset<Row> files = contractFiles(spark, arguments.input());
        // Until the tables are written: Spark splits the scan into partitions when the first table is written.
        Runnable restorePartitioning = partitionScanFor(spark, files.inputFiles().length);
        CollectionAccumulator<PartitionCount> counts = spark.sparkContext().collectionAccumulator("audited files");
        // Audited once, then written as two tables: kept (spilling to disk) until both are written.
        Dataset<Row> audited = files.mapPartitions(new PartitionAuditor(settings, skipped, counts),
                Encoders.row(AuditTables.AUDITED_FILE)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = arguments.since().isPresent() ? SaveMode.Append : SaveMode.ErrorIfExists;
            // The first write audits the files, a few per task so that every core has work to the end (Spark 3.5's
            // adaptive execution computes the kept rows in a job of their own, then writes them).
            Dataset<Row> contracts = audited.select(columns(AuditTables.CONTRACT_COLUMN_NAMES));
            contracts.write().mode(mode).parquet(table(arguments.output(), AuditTables.CONTRACTS));
            // The others read the kept rows: one task per core saves the start of a task and a file per partition.
            Dataset<Row> kept = audited.coalesce(spark.sparkContext().defaultParallelism());
            findings(kept).write().mode(mode).parquet(table(arguments.output(), AuditTables.FINDINGS));
            if (arguments.matrix()) {
                matrix(kept, playbook).coalesce(1).write().mode(mode).option("header", "true")
                        .csv(table(arguments.output(), AuditTables.MATRIX));
            }
            PartitionCount total = PartitionCount.total(counts.value());
            return new Summary(total.contracts(), total.failed(), total.findings(), known.size());
        } finally {
            audited.unpersist();
            restorePartitioning.run();
            settings.destroy();
            skipped.destroy();
        }
    }

    /** The contracts under {@code input} as ({@code path}, {@code content}) rows; listed now, read when run. */
    static Dataset<Row> contractFiles(SparkSession spark, String input) {
        return spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", CONTRACT_GLOB)
                .load(input)
                .select("path", "content");
    }

    /**
     * Asks the file scan for several partitions per task slot ({@link ScanPartitioning}) unless the user set
     * {@value ScanPartitioning#MIN_PARTITIONS}; returns what puts the session's setting back.
     */
    static Runnable partitionScanFor(SparkSession spark, long files) {
        if (spark.conf().contains(ScanPartitioning.MIN_PARTITIONS)) {
            return () -> { };
        }
        int partitions = ScanPartitioning.minPartitions(files, spark.sparkContext().defaultParallelism());
        spark.conf().set(ScanPartitioning.MIN_PARTITIONS, partitions);
        return () -> spark.conf().unset(ScanPartitioning.MIN_PARTITIONS);
    }

    /** One row per finding: the file, the rule, the verdict and its evidence (the first piece flat, all as array). */
    static Dataset<Row> findings(Dataset<Row> audited) {
        return audited.filter(col("error").isNull())
                .select(col("file"), col("sha256"), explode_outer(col("findings")).as("finding"))
                .select(col("file"), col("sha256"), col("finding.rule").as("rule"), col("finding.status").as("status"),
                        col("finding.confidence").as("confidence"),
                        col("finding.evidence").getItem(0).getField("quote").as("quote"),
                        col("finding.evidence").getItem(0).getField("page").as("page"),
                        col("finding.evidence").getItem(0).getField("section").as("section"),
                        col("finding.evidence").as("evidence"));
    }

    /** The audit matrix: a file's format, pages, risk and status per rule (in playbook order), or its error. */
    static Dataset<Row> matrix(Dataset<Row> audited, Playbook playbook) {
        List<Column> columns = new ArrayList<>(List.of(columns(List.of("file", "format", "pages", "risk"))));
        List<Rule> rules = playbook.rules();
        for (int i = 0; i < rules.size(); i++) {
            columns.add(col("findings").getItem(i).getField("status").as(rules.get(i).id()));
        }
        columns.add(col("error"));
        return audited.select(columns.toArray(Column[]::new));
    }

    /** The SHA-256 of every content the contracts table holds, read on the driver and broadcast. */
    static Set<String> knownContents(SparkSession spark, String contractsTable) {
        List<Row> rows = spark.read().parquet(contractsTable).select("sha256").where(col("sha256").notEqual(""))
                .distinct().collectAsList();
        Set<String> known = new HashSet<>(rows.size() * 2);
        rows.forEach(row -> known.add(row.getString(0)));
        return known;
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(name -> col(name)).toArray(Column[]::new);
    }

    private static String table(String output, String name) {
        return output.endsWith("/") ? output + name : output + "/" + name;
    }
}
