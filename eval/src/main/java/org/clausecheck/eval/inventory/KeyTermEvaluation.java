package org.clausecheck.eval.inventory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.inventory.ClauseInventory;
import org.clausecheck.analyze.inventory.KeyTerms;
import org.clausecheck.eval.CorpusExtraction;
import org.clausecheck.eval.CorpusSource;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.eval.Csv;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;
import org.clausecheck.inventory.keyterms.KeyTermMatch.Term;
import org.clausecheck.inventory.keyterms.KeyTermMatch;
import org.clausecheck.inventory.keyterms.KeyTermReader;

/**
 * Key-term accuracy at contract level against CUAD's answers (labels.csv), per half of the fixed split: for each
 * term, the share of contracts where what {@link KeyTermReader} reads agrees with the answer by the rules of
 * {@link KeyTermMatch}. Each contract is read by the whole analysis, as {@code check} reads it, so the run also
 * measures what the key terms add to the time of an analysis.
 *
 * <p>Usage: {@code KeyTermEvaluation LABELS.csv CORPUS_DIR [--mistakes] [--write-only]}; {@code --mistakes} lists the write half's
 * mistakes only: the check half is measured, never looked into.
 */
public final class KeyTermEvaluation {

    /** One contract's key terms against its answers. */
    public record Outcome(String id, CorpusSplit half, Map<Term, Boolean> correct, Map<Term, String> answers,
                          Map<Term, String> read) {
    }

    /**
     * @param outcomes      every contract read, in the order of the labels
     * @param errors        one line per contract that could not be read
     * @param readerNanos   time spent in the key-term reader
     * @param analysisNanos time of the analyses, the reader included, extraction excluded
     */
    public record Result(List<Outcome> outcomes, List<String> errors, long readerNanos, long analysisNanos) {

        /** The share of the half's contracts where the term agrees with the answer; NaN when the half is empty. */
        public double accuracy(Term term, CorpusSplit half) {
            List<Outcome> in = outcomes.stream().filter(o -> half.contains(o.id())).toList();
            return in.stream().filter(o -> o.correct().get(term)).count() / (double) in.size();
        }

        public long contracts(CorpusSplit half) {
            return outcomes.stream().filter(o -> half.contains(o.id())).count();
        }
    }

    private final CorpusSource source;

    public KeyTermEvaluation(CorpusSource source) {
        this.source = source;
    }

    /** Reads every contract of the labels in {@code halves} found in the corpus. */
    public Result run(Path labelsCsv, Path corpus, CorpusSplit halves) throws IOException {
        return run(labelsCsv, corpus, halves, CorpusExtraction.OPTIONS);
    }

    /** Reads every contract of the labels in {@code halves} with the given options ({@code eval --ocr}). */
    public Result run(Path labelsCsv, Path corpus, CorpusSplit halves, ExtractionOptions extraction)
            throws IOException {
        Extractor extractor = new Extractor();
        ContractAnalyzer analyzer = new ContractAnalyzer();
        List<Outcome> outcomes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        long[] readerNanos = {0};
        KeyTerms[] read = new KeyTerms[1];
        AnalysisOptions options = AnalysisOptions.defaults().withInventory(input -> {
            long start = System.nanoTime();
            read[0] = KeyTermReader.read(input);
            readerNanos[0] += System.nanoTime() - start;
            return new ClauseInventory(List.of(), read[0]);
        });
        long analysisNanos = 0;
        for (Map<String, String> row : Csv.parse(Files.readString(labelsCsv, StandardCharsets.UTF_8))) {
            String id = row.get("id").strip();
            if (!halves.contains(id)) {
                continue;
            }
            Optional<Path> file = source.locate(corpus, id);
            if (file.isEmpty()) {
                errors.add(id + ": not found in " + corpus);
                continue;
            }
            ExtractedDocument document;
            try {
                document = extractor.extract(file.get(), extraction);
            } catch (ExtractionException e) {
                errors.add(file.get().getFileName() + ": " + e.getMessage());
                continue;
            }
            long start = System.nanoTime();
            analyzer.analyze(document, options);
            analysisNanos += System.nanoTime() - start;
            outcomes.add(outcome(id, row, read[0]));
        }
        return new Result(outcomes, errors, readerNanos[0], analysisNanos);
    }

    private static Outcome outcome(String id, Map<String, String> row, KeyTerms read) {
        Map<Term, Boolean> correct = new EnumMap<>(Term.class);
        Map<Term, String> answers = new EnumMap<>(Term.class);
        Map<Term, String> shown = new EnumMap<>(Term.class);
        for (Term term : Term.values()) {
            String answer = row.getOrDefault(term.answerColumn(), "").strip();
            answers.put(term, answer);
            correct.put(term, KeyTermMatch.matches(term, answer, read));
            shown.put(term, KeyTermMatch.shown(term, read));
        }
        return new Outcome(id, CorpusSplit.of(id), correct, answers, shown);
    }

    /** Per term, the accuracy on each half and on both; then the reader's share of the analysis time. */
    public static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "%-36s %8s %8s %8s%n", "key term", "write", "check", "all");
        for (Term term : Term.values()) {
            out.printf(Locale.ROOT, "%-36s %8.3f %8.3f %8.3f%n", term.label(), result.accuracy(term, CorpusSplit.WRITE),
                    result.accuracy(term, CorpusSplit.CHECK), result.accuracy(term, CorpusSplit.ALL));
        }
        out.printf(Locale.ROOT, "%-36s %8d %8d %8d%n", "contracts", result.contracts(CorpusSplit.WRITE),
                result.contracts(CorpusSplit.CHECK), result.contracts(CorpusSplit.ALL));
        out.printf(Locale.ROOT, "key-term reader %.2f s of %.2f s of analysis (%.2f %%)%n", result.readerNanos() / 1e9,
                result.analysisNanos() / 1e9, 100.0 * result.readerNanos() / Math.max(1, result.analysisNanos()));
        for (String error : result.errors()) {
            out.println("not read: " + error);
        }
    }

    /** The write half's mistakes, one line each: never the check half's. */
    public static void printWriteMistakes(Result result, PrintStream out) {
        for (Outcome outcome : result.outcomes()) {
            if (outcome.half() != CorpusSplit.WRITE) {
                continue;
            }
            for (Term term : Term.values()) {
                if (!outcome.correct().get(term)) {
                    out.println(term.label() + "\t" + outcome.id() + "\texpected: " + outcome.answers().get(term)
                            + "\tread: " + outcome.read().get(term));
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: KeyTermEvaluation LABELS.csv CORPUS_DIR [--mistakes] [--write-only]");
            System.exit(2);
        }
        List<String> flags = List.of(args).subList(2, args.length);
        CorpusSplit halves = flags.contains("--write-only") ? CorpusSplit.WRITE : CorpusSplit.ALL;
        Result result = new KeyTermEvaluation(CorpusSource.fromSystemProperty())
                .run(Path.of(args[0]), Path.of(args[1]), halves);
        if (flags.contains("--mistakes")) {
            printWriteMistakes(result, System.out);
        }
        print(result, System.out);
    }
}
