package org.clausecheck.eval.inventory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausecheck.candidates.CandidateCategory;
import org.clausecheck.candidates.CandidateTrainer;
import org.clausecheck.eval.candidates.CandidateTraining;
import org.clausecheck.eval.candidates.CuadSpans;
import org.clausecheck.inventory.ContractThreshold;
import org.clausecheck.inventory.Gate;
import org.clausecheck.inventory.InventoryCategories;
import org.clausecheck.inventory.InventoryModel;

/**
 * Trains the inventory's models on the WRITE half of the fixed split only, with the candidate finder's trainer: every
 * sentence of a write-half contract is an example, positive for each category whose expert span it overlaps. Then,
 * per category, the contract threshold of best F1 over the held-out folds: a contract's score is the held-out
 * probability of its best sentence that the category's gate admits, and it truly contains the category when CUAD's experts marked a span of it.
 *
 * <p>Usage: {@code InventoryTraining LABELS.csv CORPUS_DIR OUTPUT_DIR}; {@code scripts/train-inventory.sh} runs it
 * into the model folder of this module.
 */
public final class InventoryTraining {

    /**
     * Fewer features per category than the candidate finder's, since 33 categories share one vocabulary. Mean
     * held-out contract F1 of the 33 on the write half: 0.629 with these; 0.623 with 1500 features, 0.612 with C = 1.
     */
    static final CandidateTrainer.Settings SETTINGS = new CandidateTrainer.Settings(600, 3, 3, 10.0, 5);

    private InventoryTraining() {
    }

    /** The write half's examples, each one's sentence as printed, and the model with every example's held-out scores. */
    record HeldOutRun(List<CandidateTrainer.Example> examples, List<String> texts, CandidateTrainer.Training training) {

        static HeldOutRun of(Path labels, Path corpus, PrintStream out) throws IOException {
            List<CandidateTrainer.Category> categories = InventoryCategories.forTraining();
            List<String> texts = new ArrayList<>();
            List<CandidateTrainer.Example> examples = CandidateTraining.examples(labels, corpus, categories, texts, out);
            return new HeldOutRun(examples, texts, CandidateTrainer.trainWithHeldOut(examples, categories, SETTINGS));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: InventoryTraining LABELS.csv CORPUS_DIR OUTPUT_DIR");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path labels = Path.of(args[0]);
        List<CandidateTrainer.Category> categories = InventoryCategories.forTraining();
        HeldOutRun run = HeldOutRun.of(labels, Path.of(args[1]), out);
        List<CandidateTrainer.Example> examples = run.examples();
        List<String> texts = run.texts();
        CandidateTrainer.Training training = run.training();
        List<ContractThreshold> thresholds = contractThresholds(training, examples, texts, Gate.shipped(), labels);
        for (int c = 0; c < categories.size(); c++) {
            CandidateCategory category = training.model().categories().get(c);
            out.printf(Locale.ROOT, "%-36s sentences: %4d positive, held-out %s; contracts: threshold %.3f, held-out %s%n",
                    category.column(), category.positives(), category.heldOut(), thresholds.get(c).threshold(),
                    thresholds.get(c).heldOut());
        }
        InventoryModel.write(training.model(), thresholds, Path.of(args[2]));
        out.println("written to " + args[2]);
    }

    /**
     * Per category, the threshold of best held-out F1 over whole contracts, counting only the sentences its gate
     * admits, as the reader does.
     */
    static List<ContractThreshold> contractThresholds(CandidateTrainer.Training training,
                                                      List<CandidateTrainer.Example> examples, List<String> texts,
                                                      List<Gate> gates, Path labels) throws IOException {
        Gate[] gateOf = Gate.byCategory(gates, InventoryCategories.NAMES);
        List<String> lowerCase = texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> contractIndex = new LinkedHashMap<>();
        for (CandidateTrainer.Example example : examples) {
            contractIndex.putIfAbsent(example.group(), contractIndex.size());
        }
        Map<String, CuadSpans> spans = new HashMap<>();
        for (CuadSpans contract : CuadSpans.read(labels, InventoryCategories.NAMES)) {
            spans.put(contract.id(), contract);
        }
        List<ContractThreshold> thresholds = new ArrayList<>();
        List<CandidateCategory> categories = training.model().categories();
        for (int c = 0; c < categories.size(); c++) {
            double[] best = new double[contractIndex.size()];
            boolean[] positive = new boolean[contractIndex.size()];
            for (Map.Entry<String, Integer> contract : contractIndex.entrySet()) {
                CuadSpans marked = spans.get(contract.getKey());
                positive[contract.getValue()] = marked != null && !marked.of(categories.get(c).column()).isEmpty();
            }
            Gate gate = gateOf[InventoryCategories.NAMES.indexOf(categories.get(c).column())];
            for (int i = 0; i < examples.size(); i++) {
                if (gate == null || gate.admits(lowerCase.get(i))) {
                    int contract = contractIndex.get(examples.get(i).group());
                    best[contract] = Math.max(best[contract], training.heldOut()[c][i]);
                }
            }
            CandidateTrainer.Threshold threshold = CandidateTrainer.bestThreshold(best, positive);
            thresholds.add(new ContractThreshold(categories.get(c).id(), threshold.value(), threshold.describe()));
        }
        return thresholds;
    }
}
