package org.clausecheck.eval.inventory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clausecheck.candidates.CandidateTrainer;
import org.clausecheck.eval.candidates.CuadSpans;
import org.clausecheck.inventory.ContractThreshold;
import org.clausecheck.inventory.Gate;
import org.clausecheck.inventory.InventoryCategories;
import org.clausecheck.inventory.WordRule;

/**
 * The write half's mistakes per category, as the inventory would make them on contracts it was not trained on: each
 * sentence of a WRITE-half contract is scored by the model of the folds that held its contract out, a model category
 * decided at the contract threshold of best held-out F1 among the sentences its gate admits, a word-rule category by
 * its rule. Prints per category the counts, then each false positive with the sentence that decided it and each false
 * negative with the sentences of its spans. Never reads the check half.
 *
 * <p>Usage: {@code InventoryHeldOut LABELS.csv CORPUS_DIR [SENTENCES.tsv]}; SENTENCES.tsv, when given, receives every
 * sentence: contract, the ids of the categories the contract holds ('|' between), the ids its spans mark, the 33
 * held-out probabilities in {@link InventoryCategories#NAMES} order, the sentence.
 */
public final class InventoryHeldOut {

    private InventoryHeldOut() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: InventoryHeldOut LABELS.csv CORPUS_DIR [SENTENCES.tsv]");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path labels = Path.of(args[0]);
        List<CandidateTrainer.Category> categories = InventoryCategories.forTraining();
        InventoryTraining.HeldOutRun run = InventoryTraining.HeldOutRun.of(labels, Path.of(args[1]), out);
        List<CandidateTrainer.Example> examples = run.examples();
        List<String> texts = run.texts();
        CandidateTrainer.Training training = run.training();
        Map<String, Set<String>> held = heldCategories(labels);
        if (args.length == 3) {
            writeSentences(examples, texts, training, held, Path.of(args[2]));
        }
        List<ContractThreshold> thresholds = InventoryTraining.contractThresholds(training, examples, texts,
                Gate.shipped(), labels);
        Gate[] gates = Gate.byCategory(Gate.shipped(), InventoryCategories.NAMES);
        Map<String, WordRule> rules = new HashMap<>();
        WordRule.shipped().forEach(rule -> rules.put(rule.category(), rule));
        for (int c = 0; c < categories.size(); c++) {
            printMistakes(c, examples, texts, training.heldOut()[c], held, gates[c], rules.get(
                    InventoryCategories.NAMES.get(c)), thresholds.get(c).threshold(), out);
        }
    }

    /** Per contract, the ids of the categories CUAD's experts marked in it. */
    private static Map<String, Set<String>> heldCategories(Path labels) throws IOException {
        Map<String, Set<String>> held = new HashMap<>();
        for (CuadSpans contract : CuadSpans.read(labels, InventoryCategories.NAMES)) {
            Set<String> ids = new TreeSet<>();
            for (String name : InventoryCategories.NAMES) {
                if (!contract.of(name).isEmpty()) {
                    ids.add(InventoryCategories.id(name));
                }
            }
            held.put(contract.id(), ids);
        }
        return held;
    }

    private static void printMistakes(int category, List<CandidateTrainer.Example> examples, List<String> texts,
                                      double[] heldOut, Map<String, Set<String>> held, Gate gate, WordRule rule,
                                      double threshold, PrintStream out) {
        String name = InventoryCategories.NAMES.get(category);
        String id = InventoryCategories.id(name);
        // per contract in file order: the sentence that decided it (the best admitted one), or -1
        Map<String, Integer> deciding = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            String contract = examples.get(i).group();
            deciding.putIfAbsent(contract, -1);
            boolean shows = rule != null ? rule.showsIn(texts.get(i))
                    : heldOut[i] >= threshold && (gate == null || gate.admits(texts.get(i).toLowerCase(Locale.ROOT)));
            int best = deciding.get(contract);
            if (shows && (best < 0 || heldOut[i] > heldOut[best])) {
                deciding.put(contract, i);
            }
        }
        List<String> lines = new ArrayList<>();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (Map.Entry<String, Integer> contract : deciding.entrySet()) {
            boolean truth = held.getOrDefault(contract.getKey(), Set.of()).contains(id);
            boolean predicted = contract.getValue() >= 0;
            if (truth && predicted) {
                truePositives++;
            } else if (predicted) {
                falsePositives++;
                lines.add("  FP " + contract.getKey() + ": " + oneLine(texts.get(contract.getValue())));
            } else if (truth) {
                falseNegatives++;
                lines.add("  FN " + contract.getKey() + ":");
                for (int i = 0; i < examples.size(); i++) {
                    if (examples.get(i).group().equals(contract.getKey()) && examples.get(i).categories().contains(id)) {
                        lines.add(String.format(Locale.ROOT, "     %.3f %s", heldOut[i], oneLine(texts.get(i))));
                    }
                }
            }
        }
        InventoryEvaluation.CategoryScore score = new InventoryEvaluation.CategoryScore(name, truePositives,
                falsePositives, falseNegatives, deciding.size());
        out.printf(Locale.ROOT, "%s (%s): TP %d FP %d FN %d, P %.3f R %.3f F1 %.3f%n", name,
                rule != null ? "words" : String.format(Locale.ROOT, "model at %.3f%s", threshold,
                        gate != null ? ", gated" : ""),
                truePositives, falsePositives, falseNegatives, score.precision(), score.recall(), score.f1());
        lines.forEach(out::println);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void writeSentences(List<CandidateTrainer.Example> examples, List<String> texts,
                                       CandidateTrainer.Training training, Map<String, Set<String>> held, Path file)
            throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < examples.size(); i++) {
                CandidateTrainer.Example example = examples.get(i);
                StringBuilder line = new StringBuilder(example.group()).append('\t')
                        .append(String.join("|", held.getOrDefault(example.group(), Set.of()))).append('\t')
                        .append(String.join("|", new TreeSet<>(example.categories())));
                for (double[] category : training.heldOut()) {
                    line.append('\t').append(String.format(Locale.ROOT, "%.5f", category[i]));
                }
                writer.write(line.append('\t').append(oneLine(texts.get(i))).append('\n').toString());
            }
        }
    }
}
