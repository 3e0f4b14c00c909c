package org.clausecheck.spark;

import java.net.URI;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.report.ReadCoverage;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.FormatDetector;
import org.clausecheck.inventory.ClauseInventoryReader;
import org.clausecheck.portfolio.ContractSource;
import org.clausecheck.portfolio.FileAnalysis;
import org.clausecheck.portfolio.InventoryColumns;
import org.clausecheck.portfolio.PortfolioFile;

/**
 * Audits the files of one partition ({@code path}, {@code content} rows of the {@code binaryFile} source) into rows of
 * {@link AuditTables#AUDITED_FILE}, with the portfolio's {@link FileAnalysis}: the same extraction and analysis as
 * {@code clausecheck audit}. One analysis (and so one compiled playbook and one inventory reader) per executor
 * ({@link ExecutorAnalysis}); the rows are produced as Spark asks for them, so a partition's documents are never all
 * in memory.
 */
final class PartitionAuditor implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    private static final int ERROR = AuditTables.AUDITED_FILE.fieldIndex("error");
    private static final int FINDINGS = AuditTables.AUDITED_FILE.fieldIndex("findings");

    private final Broadcast<JobSettings> settings;
    private final Broadcast<Set<String>> skipped;
    private final CollectionAccumulator<PartitionCount> counts;

    /**
     * @param settings what every file is audited with
     * @param skipped  SHA-256 of contents already audited (--since): such files give no row
     * @param counts   receives each partition's {@link PartitionCount} once its last row is produced
     */
    PartitionAuditor(Broadcast<JobSettings> settings, Broadcast<Set<String>> skipped,
                     CollectionAccumulator<PartitionCount> counts) {
        this.settings = settings;
        this.skipped = skipped;
        this.counts = counts;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        JobSettings job = settings.value();
        Set<String> known = skipped.value();
        FileAnalysis analysis = ExecutorAnalysis.of(settings);
        int partition = TaskContext.getPartitionId();
        return new Iterator<>() {
            private long contracts;
            private long failed;
            private long findings;
            private Row next = advance();

            private Row advance() {
                while (files.hasNext()) {
                    Row file = files.next();
                    byte[] content = file.getAs("content");
                    String sha256 = FileAnalysis.sha256(content);
                    if (!known.contains(sha256)) {
                        return counted(audit(analysis, job.extraction(), file.getAs("path"), sha256, content));
                    }
                }
                counts.add(new PartitionCount(partition, contracts, failed, findings));
                return null;
            }

            private Row counted(Row audited) {
                contracts++;
                if (audited.isNullAt(ERROR)) {
                    // explode_outer gives a row even to a file without findings
                    findings += Math.max(1, ((Object[]) audited.get(FINDINGS)).length);
                } else {
                    failed++;
                }
                return audited;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new java.util.NoSuchElementException();
                }
                Row current = next;
                next = advance();
                return current;
            }
        };
    }

    /** The audit's per-file work, set up on the executor: nothing here is serialised. */
    static FileAnalysis analysis(JobSettings job) {
        AnalysisOptions options = new AnalysisOptions(job.playbook(), null);
        if (job.inventory()) {
            options = options.withInventory(ClauseInventoryReader.shipped());
        }
        Extractor extractor = new Extractor();
        ExtractionOptions extraction = job.extraction();
        ContractSource source = (file, bytes) -> extractor.extract(file.path(), bytes, extraction);
        return new FileAnalysis(source, options);
    }

    static Row audit(FileAnalysis analysis, ExtractionOptions extraction, String path, String sha256, byte[] content) {
        if (content.length > extraction.maxBytes()) {
            return failed(path, sha256, String.format("the file is %,d bytes, over the limit of %,d bytes",
                    content.length, extraction.maxBytes()));
        }
        FileAnalysis.Outcome outcome;
        try {
            outcome = analysis.analyse(new PortfolioFile(localName(path), path, path), content);
        } catch (StackOverflowError e) { // a pathological document: its row says so, the partition goes on
            return failed(path, sha256, "failed: " + FormatDetector.oneLine(e));
        }
        if (outcome.failed()) {
            return failed(path, sha256, outcome.error());
        }
        AnalysisReport report = outcome.report().analysis();
        InventoryColumns terms = report.clauseInventory().map(InventoryColumns::of).orElse(null);
        return RowFactory.create(path, sha256, outcome.report().format().name(), outcome.report().pages(),
                report.summary().risk().name(),
                report.summary().parties().parties().stream().map(Party::label).toArray(String[]::new),
                report.summary().parties().parties().stream().map(party -> party.role().name()).toArray(String[]::new),
                ReadCoverage.of(outcome.report()).summary(),
                terms == null ? null : terms.agreementDate(), terms == null ? null : terms.effectiveDate(),
                terms == null ? null : terms.expirationDate(), terms == null ? null : terms.renewalTerm(),
                terms == null ? null : terms.noticePeriod(), terms == null ? null : terms.governingLaw(),
                terms == null ? null : terms.categories().toArray(String[]::new),
                null,
                report.findings().stream().map(PartitionAuditor::finding).toArray(Row[]::new));
    }

    private static Row failed(String path, String sha256, String reason) {
        return RowFactory.create(path, sha256, null, null, null, null, null, null, null, null, null, null, null, null,
                null, reason, new Row[0]);
    }

    private static Row finding(Finding finding) {
        return RowFactory.create(finding.ruleId(), finding.status().name(), finding.confidence(),
                finding.evidence().stream().map(PartitionAuditor::evidence).toArray(Row[]::new));
    }

    private static Row evidence(Evidence evidence) {
        return RowFactory.create(evidence.kind().name(), evidence.quote(), evidence.page(),
                evidence.sectionNumber() == null ? "" : evidence.sectionNumber());
    }

    /**
     * The file as a local path for the extractor, which reads the format's hints from the name: the path part of
     * the Hadoop URI ("s3a://bucket/a/b.pdf" gives "/a/b.pdf").
     */
    static Path localName(String path) {
        try {
            String local = URI.create(path).getPath();
            return Path.of(local == null || local.isEmpty() ? path : local);
        } catch (IllegalArgumentException e) {
            return Path.of(path.substring(path.lastIndexOf('/') + 1));
        }
    }
}
