package org.clausecheck.eval.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.eval.CorpusExtraction;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;

/**
 * Times, single-threaded in one JVM over the same files: plain PDFBox text extraction (the baseline),
 * clausecheck's extraction, and clausecheck's analysis. After a warm-up round, rounds alternate baseline
 * and clausecheck so that machine noise hits both alike; medians and ratios are reported.
 */
public final class PipelineBenchmark {

    /** Seconds spent in one round by each stage over all files. */
    public record Round(double pdfbox, double extraction, double analysis) {
    }

    /** All rounds, and their medians. */
    public record Result(int files, int failures, List<Round> rounds) {

        public double median(ToDoubleFunction<Round> stage) {
            double[] values = rounds.stream().mapToDouble(stage).sorted().toArray();
            int middle = values.length / 2;
            return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        }
    }

    private final List<Path> files;
    private final Extractor extractor = new Extractor();
    private final ContractAnalyzer analyzer = new ContractAnalyzer();
    private final AnalysisOptions options = AnalysisOptions.defaults();
    private int failures;

    public PipelineBenchmark(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** The PDFs of a folder, sorted. */
    public static List<Path> pdfsIn(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .sorted().toList();
        }
    }

    public Result run(int rounds, PrintWriter progress) throws IOException {
        progress.printf(Locale.ROOT, "%d PDFs, 1 warm-up round and %d measured rounds, max heap %d MB%n",
                files.size(), rounds, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        progress.flush();
        measureRound();
        List<Round> measured = new ArrayList<>();
        failures = 0;
        for (int i = 1; i <= rounds; i++) {
            Round round = measureRound();
            measured.add(round);
            progress.printf(Locale.ROOT, "round %d: PDFBox getText %.2f s, extraction %.2f s, analysis %.2f s%n",
                    i, round.pdfbox(), round.extraction(), round.analysis());
            progress.flush();
        }
        return new Result(files.size(), failures / rounds, measured);
    }

    private Round measureRound() throws IOException {
        double pdfbox = plainPdfbox();
        long extraction = 0;
        long analysis = 0;
        long sink = 0;
        for (Path file : files) {
            long start = System.nanoTime();
            ExtractedDocument document;
            try {
                document = extractor.extract(file, CorpusExtraction.OPTIONS);
            } catch (ExtractionException e) {
                failures++;
                continue;
            }
            long extracted = System.nanoTime();
            sink += analyzer.analyze(document, options).findings().size();
            analysis += System.nanoTime() - extracted;
            extraction += extracted - start;
        }
        return new Round(pdfbox, seconds(extraction, sink), seconds(analysis, sink));
    }

    private double plainPdfbox() throws IOException {
        long start = System.nanoTime();
        long chars = 0;
        for (Path file : files) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                chars += new PDFTextStripper().getText(document).length();
            }
        }
        return seconds(System.nanoTime() - start, chars);
    }

    /** Seconds; {@code sink} is read so that the measured work cannot be optimised away. */
    private static double seconds(long nanos, long sink) {
        return sink < 0 ? -nanos / 1e9 : nanos / 1e9;
    }

    /** A one-line summary of medians and ratios. */
    public static String summary(Result result) {
        double pdfbox = result.median(Round::pdfbox);
        double extraction = result.median(Round::extraction);
        double analysis = result.median(Round::analysis);
        return String.format(Locale.ROOT, "median over %d rounds: PDFBox getText %.2f s, extraction %.2f s"
                        + " (%.3fx PDFBox), analysis %.2f s (%.1f%% of extraction); %d files, %d failed",
                result.rounds().size(), pdfbox, extraction, extraction / pdfbox, analysis,
                100 * analysis / extraction, result.files(), result.failures());
    }
}
