package org.clausecheck.candidates;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the candidate finder with LIBLINEAR: L2-regularised logistic regression (a deterministic Newton solver),
 * one model per category, over a vocabulary chosen from the training sentences (per category the features most
 * associated with its spans by chi-squared, of those in enough sentences of enough contracts). Each category's threshold is the one of
 * best F1 over held-out folds of whole contracts, so that no contract is scored by a model that saw it. The same
 * examples in the same order give the same model files, byte for byte.
 */
public final class CandidateTrainer {

    static final int POSITIVE = 1;
    static final int NEGATIVE = -1;

    /**
     * One training sentence.
     *
     * @param group      the contract it comes from: held-out folds keep a contract's sentences together
     * @param terms      its analysed terms, in order
     * @param heading    the analysed terms of its heading
     * @param categories the categories whose expert spans it overlaps
     */
    public record Example(String group, List<String> terms, List<String> heading, Set<String> categories) {
        public Example {
            Objects.requireNonNull(group, "group");
            terms = List.copyOf(terms);
            heading = List.copyOf(heading);
            categories = Set.copyOf(categories);
        }
    }

    /** A category to train: its id and the CUAD column its spans come from. */
    public record Category(String id, String column) {
    }

    /**
     * @param featuresPerCategory features kept per category, by chi-squared
     * @param minSentences        a feature must occur in at least this many training sentences
     * @param minContracts        and in at least this many contracts (groups): a word of one contract, such as its
     *                            parties' names repeated in every clause, says nothing of contracts in general
     * @param cost                LIBLINEAR's C
     * @param folds               held-out folds for the thresholds
     */
    public record Settings(int featuresPerCategory, int minSentences, int minContracts, double cost, int folds) {
        /**
         * Three contracts: more than an agreement and its amendment filed apart, few enough to keep the words of
         * a category of which the write half has only a handful of contracts.
         */
        public static final Settings DEFAULT = new Settings(1500, 3, 3, 10.0, 5);
    }

    private CandidateTrainer() {
    }

    /**
     * A trained model, and per category (in the model's order) each example's probability from the fold model that
     * did not see its contract: what a threshold over whole contracts is chosen from.
     */
    public record Training(CandidateModel model, double[][] heldOut) {
    }

    /** A model of the categories trained on the examples. */
    public static CandidateModel train(List<Example> examples, List<Category> categories, Settings settings) {
        return trainWithHeldOut(examples, categories, settings).model();
    }

    /** A model of the categories trained on the examples, with the held-out probabilities of every example. */
    public static Training trainWithHeldOut(List<Example> examples, List<Category> categories, Settings settings) {
        Linear.disableDebugOutput();
        Vocabulary vocabulary = Vocabulary.of(selectFeatures(examples, categories, settings));
        Feature[][] vectors = new Feature[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            vectors[i] = vocabulary.vector(examples.get(i).terms(), examples.get(i).heading());
        }
        int[] fold = folds(examples, settings.folds());
        List<CandidateCategory> trained = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        double[][] heldOutByCategory = new double[categories.size()][];
        for (Category category : categories) {
            boolean[] positive = new boolean[examples.size()];
            int positives = 0;
            for (int i = 0; i < examples.size(); i++) {
                positive[i] = examples.get(i).categories().contains(category.id());
                positives += positive[i] ? 1 : 0;
            }
            if (positives == 0) {
                throw new IllegalArgumentException(category.id() + ": no training sentence in its spans");
            }
            double[] heldOut = new double[examples.size()];
            for (int k = 0; k < settings.folds(); k++) {
                List<Integer> training = new ArrayList<>();
                for (int i = 0; i < examples.size(); i++) {
                    if (fold[i] != k) {
                        training.add(i);
                    }
                }
                Model model = fit(vectors, positive, training, vocabulary.size(), settings.cost());
                double[] probabilities = new double[2];
                int slot = model.getLabels()[0] == POSITIVE ? 0 : 1;
                for (int i = 0; i < examples.size(); i++) {
                    if (fold[i] == k) {
                        Linear.predictProbability(model, vectors[i], probabilities);
                        heldOut[i] = probabilities[slot];
                    }
                }
            }
            heldOutByCategory[trained.size()] = heldOut;
            Threshold threshold = bestThreshold(heldOut, positive);
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                all.add(i);
            }
            models.add(fit(vectors, positive, all, vocabulary.size(), settings.cost()));
            trained.add(new CandidateCategory(category.id(), category.column(), threshold.value(), positives,
                    examples.size(), threshold.describe()));
        }
        return new Training(CandidateModel.of(vocabulary, trained, models), heldOutByCategory);
    }

    /** Writes the model's files into a folder, replacing those there. */
    public static void write(CandidateModel model, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Writer out = Files.newBufferedWriter(folder.resolve(CandidateModel.CATEGORIES), StandardCharsets.UTF_8)) {
            out.write(CandidateCategory.HEADER + "\n");
            for (CandidateCategory category : model.categories()) {
                out.write(category.line() + "\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(CandidateModel.VOCABULARY), StandardCharsets.UTF_8)) {
            model.vocabulary().write(out);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(CandidateModel.WEIGHTS)))) {
            model.writeWeights(out);
        }
    }

    /**
     * Logistic regression on the chosen examples. The positive class weighs sqrt(negatives / positives): spans are
     * a few sentences in a hundred, and without a weight the model would learn to say no.
     */
    private static Model fit(Feature[][] vectors, boolean[] positive, List<Integer> chosen, int features, double cost) {
        Problem problem = new Problem();
        problem.l = chosen.size();
        problem.n = features + 1;
        problem.bias = Vocabulary.BIAS;
        problem.x = new Feature[chosen.size()][];
        problem.y = new double[chosen.size()];
        int positives = 0;
        for (int i = 0; i < chosen.size(); i++) {
            int example = chosen.get(i);
            problem.x[i] = vectors[example];
            problem.y[i] = positive[example] ? POSITIVE : NEGATIVE;
            positives += positive[example] ? 1 : 0;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, cost, 0.01);
        double weight = Math.sqrt((chosen.size() - positives) / (double) Math.max(1, positives));
        parameter.setWeights(new double[] {weight}, new int[] {POSITIVE});
        Linear.resetRandom();
        return Linear.train(problem, parameter);
    }

    /**
     * The fold of each example: the contracts sorted by name and dealt out in turn, so that a contract's sentences
     * stay in one fold and the folds do not depend on the order of the examples.
     */
    private static int[] folds(List<Example> examples, int folds) {
        Map<String, Integer> foldOfGroup = new HashMap<>();
        int next = 0;
        for (String group : new TreeSet<>(examples.stream().map(Example::group).toList())) {
            foldOfGroup.put(group, next++ % folds);
        }
        return examples.stream().mapToInt(e -> foldOfGroup.get(e.group())).toArray();
    }

    /**
     * The features in enough sentences of enough contracts, per category the most associated by chi-squared, sorted
     * by name.
     */
    static List<String> selectFeatures(List<Example> examples, List<Category> categories, Settings settings) {
        Map<String, int[]> counts = new TreeMap<>(); // [0]: sentences; [1 + c]: sentences in spans of category c
        Map<String, Set<String>> groups = new HashMap<>(); // the contracts a feature occurs in
        int[] positives = new int[categories.size()];
        for (Example example : examples) {
            boolean[] in = new boolean[categories.size()];
            for (int c = 0; c < categories.size(); c++) {
                in[c] = example.categories().contains(categories.get(c).id());
                positives[c] += in[c] ? 1 : 0;
            }
            for (String name : Vocabulary.names(example.terms(), example.heading())) {
                int[] count = counts.computeIfAbsent(name, n -> new int[1 + categories.size()]);
                count[0]++;
                for (int c = 0; c < categories.size(); c++) {
                    count[1 + c] += in[c] ? 1 : 0;
                }
                Set<String> seen = groups.get(name);
                if (seen == null || seen.size() < settings.minContracts()) { // only the minimum matters
                    groups.computeIfAbsent(name, n -> new HashSet<>()).add(example.group());
                }
            }
        }
        int total = examples.size();
        List<Map.Entry<String, int[]>> frequent = counts.entrySet().stream()
                .filter(e -> e.getValue()[0] >= settings.minSentences())
                .filter(e -> groups.get(e.getKey()).size() >= settings.minContracts()).toList();
        Set<String> kept = new TreeSet<>();
        for (int c = 0; c < categories.size(); c++) {
            int category = c;
            List<Map.Entry<String, int[]>> ranked = new ArrayList<>(frequent);
            ranked.sort(Comparator.<Map.Entry<String, int[]>>comparingDouble(
                    e -> -chiSquared(e.getValue()[1 + category], e.getValue()[0], positives[category], total))
                    .thenComparing(Map.Entry::getKey));
            ranked.stream().limit(settings.featuresPerCategory()).forEach(e -> kept.add(e.getKey()));
        }
        return Vocabulary.sorted(kept);
    }

    /** Chi-squared of a feature in {@code withFeature} sentences, {@code inSpans} of them positive. */
    static double chiSquared(int inSpans, int withFeature, int positives, int total) {
        double a = inSpans;
        double b = withFeature - inSpans;
        double c = positives - inSpans;
        double d = total - withFeature - c;
        double denominator = (a + c) * (b + d) * (a + b) * (c + d);
        return denominator == 0 ? 0 : total * Math.pow(a * d - b * c, 2) / denominator;
    }

    /** A threshold with the held-out precision, recall and F1 it gives. */
    public record Threshold(double value, double precision, double recall, double f1) {
        public String describe() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", precision, recall, f1);
        }
    }

    /** The threshold (three decimals, rounded down) of best F1 over the held-out probabilities. */
    public static Threshold bestThreshold(double[] probabilities, boolean[] positive) {
        Integer[] order = new Integer[probabilities.length];
        int positives = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            positives += positive[i] ? 1 : 0;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -probabilities[i]).thenComparing(i -> i));
        Threshold best = new Threshold(1, 0, 0, 0);
        int truePositives = 0;
        for (int rank = 0; rank < order.length; rank++) {
            truePositives += positive[order[rank]] ? 1 : 0;
            double value = Math.floor(probabilities[order[rank]] * 1000) / 1000;
            if (rank + 1 < order.length && Math.floor(probabilities[order[rank + 1]] * 1000) / 1000 == value) {
                continue; // the same threshold takes the next one too
            }
            double precision = truePositives / (double) (rank + 1);
            double recall = positives == 0 ? 0 : truePositives / (double) positives;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > best.f1()) {
                best = new Threshold(value, precision, recall, f1);
            }
        }
        return best;
    }
}
