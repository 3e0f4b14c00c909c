package org.clausecheck.extract.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;

/**
 * Times clausecheck's PDF extraction against plain PDFBox text extraction over the same folder of PDFs,
 * single-threaded, in one JVM. After a warm-up round of each, rounds alternate (plain, ours) so that
 * machine noise hits both alike; the medians and their ratio are printed.
 *
 * <p>Usage: {@code ExtractionBenchmark DIR [ROUNDS]} (3 rounds by default). From the repository root:
 * <pre>
 * mvn -B -q -pl extractor -am compile
 * mvn -B -q -pl extractor dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp extractor/target/classes:$(cat extractor/target/cp.txt) \
 *     org.clausecheck.extract.bench.ExtractionBenchmark ../shared/corpus/cuad/pdf 5
 * </pre>
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBenchmark DIR [ROUNDS]");
            System.exit(2);
        }
        List<Path> files = pdfs(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf(Locale.ROOT, "%d PDFs in %s, %d rounds after a warm-up, max heap %d MB%n",
                files.size(), args[0], rounds, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        plainRound(files);
        oursRound(files);
        double[] plain = new double[rounds];
        double[] ours = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            plain[round] = plainRound(files);
            ours[round] = oursRound(files);
            System.out.printf(Locale.ROOT, "round %d: PDFBox getText %.2f s, clausecheck %.2f s%n",
                    round + 1, plain[round], ours[round]);
        }
        double plainMedian = median(plain);
        double oursMedian = median(ours);
        System.out.printf(Locale.ROOT, "median: PDFBox getText %.2f s, clausecheck %.2f s, ratio %.3f%n",
                plainMedian, oursMedian, oursMedian / plainMedian);
    }

    /** Seconds to load every file and get its text with a default PDFTextStripper. */
    private static double plainRound(List<Path> files) throws IOException {
        long start = System.nanoTime();
        long chars = 0;
        for (Path file : files) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                chars += new PDFTextStripper().getText(document).length();
            }
        }
        return seconds(start, chars);
    }

    /** Seconds to extract every file through clausecheck's extractor. */
    private static double oursRound(List<Path> files) {
        Extractor extractor = new Extractor();
        long start = System.nanoTime();
        long chars = 0;
        for (Path file : files) {
            try {
                chars += extractor.extract(file).text().length();
            } catch (ExtractionException e) {
                System.out.println("failed: " + e.getMessage());
            }
        }
        return seconds(start, chars);
    }

    /** Elapsed seconds; {@code chars} is used so the work cannot be optimised away. */
    private static double seconds(long start, long chars) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        return chars < 0 ? -elapsed : elapsed;
    }

    private static List<Path> pdfs(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .sorted().toList();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
