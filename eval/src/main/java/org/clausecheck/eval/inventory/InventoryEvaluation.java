package org.clausecheck.eval.inventory;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.inventory.ClauseInventory;
import org.clausecheck.analyze.inventory.InventoryClause;
import org.clausecheck.analyze.inventory.InventoryReader;
import org.clausecheck.analyze.inventory.KeyTerms;
import org.clausecheck.eval.CorpusExtraction;
import org.clausecheck.eval.CorpusSource;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.eval.candidates.CuadSpans;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;
import org.clausecheck.inventory.ClauseInventoryReader;
import org.clausecheck.inventory.Gate;
import org.clausecheck.inventory.InventoryCategories;
import org.clausecheck.inventory.InventoryModel;
import org.clausecheck.inventory.WordRule;

/**
 * The clause inventory measured against CUAD's experts, contract by contract: per category, whether the contract
 * contains it (a span marked) against whether the inventory lists it; precision, recall and F1 per category and
 * their macro average over the categories with at least {@link #MIN_POSITIVES} positive contracts in the part.
 */
public final class InventoryEvaluation {

    static final int MIN_POSITIVES = 5;

    /** Counts of one category over the contracts read. */
    public record CategoryScore(String category, int truePositives, int falsePositives, int falseNegatives,
                                int contracts) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int positives() {
            return truePositives + falseNegatives;
        }
    }

    /** Every category's counts, the contracts read and those that could not be. */
    public record Result(List<CategoryScore> categories, int contracts, List<String> failures) {
        public double macroF1() {
            return categories.stream().filter(c -> c.positives() >= MIN_POSITIVES).mapToDouble(CategoryScore::f1)
                    .average().orElse(0);
        }

        public long scoredCategories() {
            return categories.stream().filter(c -> c.positives() >= MIN_POSITIVES).count();
        }

        public Optional<CategoryScore> category(String name) {
            return categories.stream().filter(c -> c.category().equals(name)).findFirst();
        }
    }

    private InventoryEvaluation() {
    }

    /** Measures the inventory on the contracts of one part of the split. */
    public static Result evaluate(Path labels, Path corpus, CorpusSplit split, CorpusSource source,
                                  InventoryReader reader) throws IOException {
        return evaluate(labels, corpus, split, source, reader, CorpusExtraction.OPTIONS);
    }

    /** Measures the inventory on the contracts of one part of the split, read with the given options. */
    public static Result evaluate(Path labels, Path corpus, CorpusSplit split, CorpusSource source,
                                  InventoryReader reader, ExtractionOptions extraction) throws IOException {
        List<String> names = InventoryCategories.NAMES;
        int[][] counts = new int[names.size()][3];
        Extractor extractor = new Extractor();
        ContractAnalyzer analyzer = new ContractAnalyzer();
        AnalysisOptions options = AnalysisOptions.defaults().withInventory(reader);
        int contracts = 0;
        List<String> failures = new ArrayList<>();
        for (CuadSpans contract : CuadSpans.read(labels, names)) {
            if (!split.contains(contract.id())) {
                continue;
            }
            Optional<Path> file = source.locate(corpus, contract.id());
            if (file.isEmpty()) {
                failures.add(contract.id() + ": no file");
                continue;
            }
            AnalysisReport report;
            try {
                report = analyzer.analyze(extractor.extract(file.get(), extraction), options);
            } catch (ExtractionException e) {
                failures.add(contract.id() + ": " + e.getMessage());
                continue;
            }
            contracts++;
            ClauseInventory inventory = report.clauseInventory().orElseThrow();
            Set<String> found = inventory.clauses().stream().map(InventoryClause::category).collect(Collectors.toSet());
            for (int c = 0; c < names.size(); c++) {
                boolean truth = !contract.of(names.get(c)).isEmpty();
                boolean predicted = found.contains(names.get(c));
                if (truth && predicted) {
                    counts[c][0]++;
                } else if (predicted) {
                    counts[c][1]++;
                } else if (truth) {
                    counts[c][2]++;
                }
            }
        }
        List<CategoryScore> scores = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            scores.add(new CategoryScore(names.get(c), counts[c][0], counts[c][1], counts[c][2], contracts));
        }
        return new Result(scores, contracts, failures);
    }

    /** The table: one line per category, then the macro F1. */
    public static void print(Result result, String part, PrintWriter out) {
        out.printf(Locale.ROOT, "clause inventory on the %s part: %d contracts%n", part, result.contracts());
        out.printf(Locale.ROOT, "%-36s %9s %9s %6s %6s %6s%n", "category", "positives", "predicted", "P", "R", "F1");
        for (CategoryScore score : result.categories()) {
            out.printf(Locale.ROOT, "%-36s %9d %9d %6.3f %6.3f %6.3f%s%n", score.category(), score.positives(),
                    score.truePositives() + score.falsePositives(), score.precision(), score.recall(), score.f1(),
                    score.positives() < MIN_POSITIVES ? "  (fewer than " + MIN_POSITIVES + " positives: not averaged)" : "");
        }
        out.printf(Locale.ROOT, "macro F1 over the %d categories with at least %d positive contracts: %.3f%n",
                result.scoredCategories(), MIN_POSITIVES, result.macroF1());
        for (String failure : result.failures()) {
            out.println("  not read: " + failure);
        }
        out.flush();
    }

    /**
     * What {@code eval --cuad-inventory} prints: the categories on each half asked for (the write half is the one the
     * model was trained on, so only the check half measures it), then the key terms per half. Returns the contracts
     * that could not be read, as "ID: reason".
     */
    public static List<String> report(Path labels, Path corpus, CorpusSplit split, PrintStream out) throws IOException {
        return report(labels, corpus, split, out, CorpusExtraction.OPTIONS);
    }

    /** As {@link #report(Path, Path, CorpusSplit, PrintStream)}, reading the contracts with the given options. */
    public static List<String> report(Path labels, Path corpus, CorpusSplit split, PrintStream out,
                                      ExtractionOptions extraction) throws IOException {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Set<String> failures = new TreeSet<>();
        List<CorpusSplit> halves = split == CorpusSplit.ALL ? List.of(CorpusSplit.CHECK, CorpusSplit.WRITE) : List.of(split);
        for (CorpusSplit half : halves) {
            Result result = evaluate(labels, corpus, half, CorpusSource.PDF, ClauseInventoryReader.shipped(), extraction);
            print(result, half == CorpusSplit.WRITE ? "write (trained on: optimistic)" : half.label(), writer);
            writer.println();
            failures.addAll(result.failures());
        }
        writer.println("key terms, share of contracts read right:");
        writer.flush();
        KeyTermEvaluation.Result terms = new KeyTermEvaluation(CorpusSource.PDF).run(labels, corpus, split, extraction);
        KeyTermEvaluation.print(terms, out);
        out.flush();
        return List.copyOf(failures);
    }

    /** {@code InventoryEvaluation LABELS.csv CORPUS_DIR write|check [MODEL_DIR]}. */
    public static void main(String[] args) throws IOException {
        Path labels = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        CorpusSplit split = CorpusSplit.parse(args[2]);
        InventoryModel model = args.length > 3 ? InventoryModel.read(Path.of(args[3])) : InventoryModel.shipped();
        Result result = evaluate(labels, corpus, split, CorpusSource.PDF,
                new ClauseInventoryReader(model, WordRule.shipped(), Gate.shipped(), input -> KeyTerms.NONE));
        print(result, split.label(), new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }
}
