package org.clausecheck.extract.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * Bounded fuzzing of the extractor: mutations of real PDF, DOCX and DOC files (bit flips, cut, deleted,
 * duplicated and overwritten ranges). Every mutant must give a document or a typed error, each within
 * the time limit: no other exception, no error, no hang. The time budget comes from the system property
 * {@code clausecheck.fuzzSeconds} (CI sets two minutes; a normal build spends a few seconds). The seed is
 * fixed per run and printed, so a failure can be replayed with {@code -Dclausecheck.fuzzSeed=N}.
 */
class ExtractorFuzzTest {

    private static final List<String> SEEDS = List.of("contract.pdf", "two-columns.pdf", "mixed.pdf",
            "outsourcing-agreement.docx", "outsourcing-agreement.doc", "services-agreement-utf8.txt");
    private static final long PER_FILE_LIMIT_SECONDS = 20;

    @Test
    void mutatedFilesGiveADocumentOrATypedErrorInTime() throws Exception {
        long budgetNanos = TimeUnit.SECONDS.toNanos(Long.getLong("clausecheck.fuzzSeconds", 8));
        long seed = Long.getLong("clausecheck.fuzzSeed", System.nanoTime());
        System.out.println("ExtractorFuzzTest: seed " + seed + ", budget " + budgetNanos / 1_000_000_000 + " s");
        Random random = new Random(seed);
        List<byte[]> originals = new ArrayList<>();
        for (String name : SEEDS) {
            originals.add(Files.readAllBytes(TestDocuments.path(name)));
        }
        Extractor extractor = new Extractor();
        Map<String, Integer> outcomes = new TreeMap<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-worker");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        int mutants = 0;
        try {
            while (System.nanoTime() - start < budgetNanos) {
                int which = random.nextInt(originals.size());
                byte[] mutant = Mutations.mutate(originals.get(which), random);
                String name = "mutant-" + mutants++ + "-of-" + SEEDS.get(which);
                Future<String> outcome = worker.submit(() -> outcome(extractor, name, mutant));
                try {
                    outcomes.merge(outcome.get(PER_FILE_LIMIT_SECONDS, TimeUnit.SECONDS), 1, Integer::sum);
                } catch (TimeoutException hang) {
                    Path saved = Files.write(Files.createTempFile("clausecheck-hang-", ".bin"), mutant);
                    throw new AssertionError(name + " took over " + PER_FILE_LIMIT_SECONDS + " s; saved as " + saved
                            + " (seed " + seed + ")");
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.println("ExtractorFuzzTest: " + mutants + " mutants: " + outcomes);
        assertTrue(mutants > 0);
    }

    /** "document" or the error's type; anything else fails the test with the mutant's name. */
    private static String outcome(Extractor extractor, String name, byte[] mutant) {
        try {
            extractor.extract(Path.of(name), mutant, ExtractionOptions.defaults());
            return "document";
        } catch (ExtractionException e) {
            assertTrue(e.getMessage().startsWith(name + ": ") && !e.getMessage().contains("\n"),
                    "a one-line message naming the file: " + e.getMessage());
            return e.getClass().getSimpleName();
        } catch (Throwable unexpected) {
            throw new AssertionError(name + " failed with " + unexpected, unexpected);
        }
    }
}
