package org.clausecheck.portfolio;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.report.ReadCoverage;
import org.clausecheck.extract.FormatDetector;

/**
 * Audits a portfolio into the index: an unchanged file (same SHA-256, or the same size and modification
 * time as when it was read and hashed; same analysis key) keeps its stored entries; any other is extracted
 * and analysed in a worker with a time limit and its entries replace the old ones; files gone from the
 * audited folders leave the index. Only the small {@link AuditRow}s are kept; documents go to the index as
 * soon as they are analysed.
 */
public final class AuditRunner {

    private final AuditSettings settings;
    private final FileAnalysis analysis;

    public AuditRunner(AuditSettings settings, ContractSource source) {
        this.settings = settings;
        this.analysis = new FileAnalysis(source, settings.analysis());
    }

    /** What a worker hands back: the row, and the entries to store (null: keep what is stored). */
    private record Prepared(AuditRow row, List<Document> entries, List<String> warnings) {
        Prepared(AuditRow row, List<Document> entries) {
            this(row, entries, List.of());
        }
    }

    public AuditResult run(ScanResult scan, PortfolioIndex index, ProgressListener progress)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        Map<String, KnownEntry> known = index.knownEntries();
        String analysisKey = settings.analysisKey();
        List<AuditRow> rows = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger analysed = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        AtomicReference<IOException> indexFailure = new AtomicReference<>();
        Object sink = new Object();
        progress.started(scan.files().size());
        Map<String, AuditRow> unchanged = unchangedFiles(scan.files(), known, analysisKey);
        for (AuditRow row : unchanged.values()) {
            rows.add(row);
            reused.incrementAndGet();
            progress.fileDone(row);
        }
        try (TimeLimitedWorkers workers = new TimeLimitedWorkers(settings.jobs(), settings.timeLimit())) {
            List<PortfolioFile> toRead = scan.files().stream().filter(file -> !unchanged.containsKey(file.key())).toList();
            for (PortfolioFile file : largestFirst(toRead)) {
                workers.submit(() -> prepare(file, known.get(file.key()), analysisKey), outcome -> {
                    Prepared prepared = settle(file, outcome, analysisKey);
                    try {
                        if (prepared.entries() != null && !known.containsKey(file.key())) {
                            index.add(prepared.entries()); // nothing to delete: cheaper than a replace
                        } else if (prepared.entries() != null) {
                            index.replace(file.key(), prepared.entries());
                        } else if (outcome.timedOut()) {
                            index.remove(file.key()); // what is stored describes an older content
                        }
                    } catch (IOException | RuntimeException e) {
                        indexFailure.compareAndSet(null, e instanceof IOException io ? io : new IOException(e));
                    }
                    (prepared.row().reused() ? reused : analysed).incrementAndGet();
                    rows.add(prepared.row());
                    synchronized (sink) {
                        prepared.warnings().forEach(warning -> progress.warning(prepared.row(), warning));
                        progress.fileDone(prepared.row());
                    }
                });
            }
            // Every file is handed out: what idle workers buffered can be written now, beside the last files.
            index.flushIdleBuffers(settings.jobs());
            workers.awaitAll();
        }
        if (indexFailure.get() != null) {
            throw indexFailure.get();
        }
        int removed = removeDeleted(scan, known, index);
        index.commit();
        progress.finished();
        return new AuditResult(rows, scan.skipped(), analysed.get(), reused.get(), removed,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The rows of files the index holds with the same content and analysis key, read from the index. A file
     * whose size and modification time are those recorded when it was read is not read again (unless
     * {@code --rehash}); the others are hashed, on all {@code -j} threads before anything else: in a
     * re-audit handing each file to a
     * time-limited worker cost more than its hash. Reading has no time limit here, as when the scanner
     * reads the head of every file; a file that cannot be read is left to a worker, which reports why.
     */
    private Map<String, AuditRow> unchangedFiles(List<PortfolioFile> files, Map<String, KnownEntry> known,
                                                 String analysisKey) throws InterruptedException {
        Map<String, AuditRow> unchanged = new ConcurrentHashMap<>();
        if (known.isEmpty()) {
            return unchanged;
        }
        ForkJoinPool threads = new ForkJoinPool(settings.jobs());
        try {
            threads.submit(() -> files.parallelStream().forEach(file -> {
                KnownEntry entry = known.get(file.key());
                if (entry != null && isUnchanged(file, entry, analysisKey)) {
                    unchanged.put(file.key(), entry.toRow(file));
                }
            })).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("hashing failed", e.getCause()); // isUnchanged throws nothing
        } finally {
            threads.shutdown();
        }
        return unchanged;
    }

    private boolean isUnchanged(PortfolioFile file, KnownEntry entry, String analysisKey) {
        try {
            FileStamp stamp = FileStamp.of(file.path());
            if (stamp.size() > settings.extraction().maxBytes()) {
                return false;
            }
            if (!settings.rehash() && entry.stampMatches(stamp, analysisKey)) {
                return true; // same size and modification time as when it was read and hashed
            }
            return entry.matches(sha256(file.path()), analysisKey);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The order of work: largest files first, so that the run does not end with one worker on a long
     * document while the others wait. Sizes are only a guess of the work; an unreadable file sorts last
     * and fails in its turn.
     */
    static List<PortfolioFile> largestFirst(List<PortfolioFile> files) {
        Map<PortfolioFile, Long> sizes = new HashMap<>();
        for (PortfolioFile file : files) {
            try {
                sizes.put(file, Files.size(file.path()));
            } catch (IOException e) {
                sizes.put(file, -1L);
            }
        }
        List<PortfolioFile> order = new ArrayList<>(files);
        order.sort(Comparator.comparing((PortfolioFile file) -> sizes.get(file)).reversed()
                .thenComparing(PortfolioFile::display));
        return order;
    }

    private Prepared prepare(PortfolioFile file, KnownEntry known, String analysisKey) throws IOException {
        byte[] bytes;
        FileStamp stamp;
        try {
            Instant readAt = Instant.now();
            FileStamp before = FileStamp.of(file.path()); // taken first: a change while reading shows next time
            if (before.size() > settings.extraction().maxBytes()) {
                String reason = String.format("the file is %,d bytes, over the limit of %,d bytes (raise it with"
                        + " --max-bytes)", before.size(), settings.extraction().maxBytes());
                return new Prepared(AuditRow.failed(file, "", reason, false), null);
            }
            bytes = Files.readAllBytes(file.path());
            stamp = before.ifSettled(bytes.length, readAt);
        } catch (IOException e) {
            return new Prepared(AuditRow.failed(file, "", readFailure(e), false), null);
        }
        String sha256 = sha256(bytes);
        if (known != null && known.matches(sha256, analysisKey)) {
            return new Prepared(known.toRow(file), null); // unchanged after all: it could not be hashed before
        }
        FileAnalysis.Outcome outcome = analysis.analyse(file, bytes);
        if (outcome.failed()) {
            return failure(file, sha256, outcome.error(), analysisKey, stamp);
        }
        AnalysisReport report = outcome.report().analysis();
        AuditRow row = new AuditRow(file.display(), file.key(), sha256, outcome.report().format().name(),
                outcome.report().pages(), report.summary().risk(), report.findings().stream().map(f -> f.status())
                .toList(), null, false, ReadCoverage.of(outcome.report()).summary(),
                report.clauseInventory().map(InventoryColumns::of).orElse(null));
        return new Prepared(row, PortfolioDocuments.forDocument(file, outcome.extracted(), outcome.report(),
                settings.analysis().playbook(), analysisKey, stamp),
                outcome.extracted().warnings().stream().map(Object::toString).toList());
    }

    /** Why a file could not be read; the JDK's message for these exceptions is only the path. */
    static String readFailure(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "cannot be read: the file disappeared during the audit";
        }
        return "cannot be read: " + FormatDetector.oneLine(e);
    }

    /** A failure that the same content would repeat is stored, so that it is not parsed again next time. */
    private static Prepared failure(PortfolioFile file, String sha256, String reason, String analysisKey,
                                    FileStamp stamp) {
        return new Prepared(AuditRow.failed(file, sha256, reason, false),
                PortfolioDocuments.forError(file, sha256, reason, analysisKey, stamp));
    }

    private Prepared settle(PortfolioFile file, TimeLimitedWorkers.Outcome<Prepared> outcome, String analysisKey) {
        if (outcome.timedOut()) {
            return new Prepared(AuditRow.failed(file, "", "timed out after " + limitText(), false), null);
        }
        if (outcome.failure() != null) {
            // An Error such as OutOfMemoryError: not a property of the file, so nothing is stored.
            return new Prepared(AuditRow.failed(file, "", "failed: " + FormatDetector.oneLine(outcome.failure()),
                    false), null);
        }
        return outcome.value();
    }

    /** "60 s"; tests use limits below a second. */
    private String limitText() {
        long millis = settings.timeLimit().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Entries of files that were under an audited folder and are no longer there. */
    private static int removeDeleted(ScanResult scan, Map<String, KnownEntry> known, PortfolioIndex index)
            throws IOException {
        Set<String> present = new HashSet<>();
        scan.files().forEach(file -> present.add(file.key()));
        int removed = 0;
        for (String key : known.keySet()) {
            if (!present.contains(key) && underAny(key, scan.folderKeys())) {
                index.remove(key);
                removed++;
            }
        }
        return removed;
    }

    private static boolean underAny(String key, List<String> folders) {
        return folders.stream().anyMatch(folder -> key.startsWith(folder.endsWith(File.separator)
                ? folder : folder + File.separator));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
