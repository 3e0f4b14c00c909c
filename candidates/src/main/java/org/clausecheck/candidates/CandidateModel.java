package org.clausecheck.candidates;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidate finder: one LIBLINEAR logistic-regression model per category over one {@link Vocabulary}. Scores
 * are probabilities that a sentence belongs to a category's expert spans. Immutable and thread-safe; the default
 * model ships as a resource ({@link #RESOURCE}) and is read once, when first needed.
 *
 * <p>A model folder holds {@code categories.tsv} (one category a line, with its threshold), {@code vocabulary.txt}
 * (one feature a line) and {@code ID.model} per category in LIBLINEAR's own text format.
 */
public final class CandidateModel {

    /** Classpath folder of the default model. */
    public static final String RESOURCE = "/org/clausecheck/candidates/model/";
    static final String CATEGORIES = "categories.tsv";
    static final String VOCABULARY = "vocabulary.txt";
    static final String MODEL_SUFFIX = ".model";

    private final Vocabulary vocabulary;
    private final List<CandidateCategory> categories;
    private final List<Model> models;
    /** Per model, where the positive class stands in LIBLINEAR's probability array. */
    private final int[] positiveSlot;
    /**
     * The models' weights side by side, feature by feature ({@code [feature * categories + category]}, the bias
     * feature last), so that one pass over a sentence's features scores every category: the same arithmetic as
     * {@link Linear#predictProbability}, which allocated and looped once per model and cost more than the rest of a
     * contract's analysis. {@code CandidateTrainerTest} checks that the two agree.
     */
    private final double[] weights;

    CandidateModel(Vocabulary vocabulary, List<CandidateCategory> categories, List<Model> models) {
        if (categories.size() != models.size()) {
            throw new IllegalArgumentException(categories.size() + " categories but " + models.size() + " models");
        }
        this.vocabulary = vocabulary;
        this.categories = List.copyOf(categories);
        this.models = List.copyOf(models);
        this.positiveSlot = new int[models.size()];
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            if (!model.isProbabilityModel() || model.getNrClass() != 2) {
                throw new IllegalArgumentException(categories.get(i).id() + ": not a two-class logistic regression");
            }
            positiveSlot[i] = model.getLabels()[0] == CandidateTrainer.POSITIVE ? 0 : 1;
            if (model.getNrFeature() != vocabulary.size() || model.getBias() != Vocabulary.BIAS) {
                throw new IllegalArgumentException(categories.get(i).id() + ": " + model.getNrFeature()
                        + " features and bias " + model.getBias() + ", the vocabulary has " + vocabulary.size());
            }
        }
        int count = models.size();
        this.weights = new double[(vocabulary.size() + 1) * count];
        for (int c = 0; c < count; c++) {
            double[] w = models.get(c).getFeatureWeights();
            for (int feature = 0; feature <= vocabulary.size(); feature++) {
                weights[feature * count + c] = w[feature];
            }
        }
    }

    /** The model shipped with clausecheck, read on first use. */
    public static CandidateModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final CandidateModel MODEL = readResource();

        private static CandidateModel readResource() {
            try {
                return read(name -> CandidateModel.class.getResourceAsStream(RESOURCE + name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the candidate model " + RESOURCE, e);
            }
        }
    }

    /** A model written by {@link CandidateTrainer} into a folder. */
    public static CandidateModel read(Path folder) throws IOException {
        return read(name -> {
            Path file = folder.resolve(name);
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        });
    }

    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    private static CandidateModel read(Opener opener) throws IOException {
        List<CandidateCategory> categories = new ArrayList<>();
        try (BufferedReader in = reader(opener, CATEGORIES)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    categories.add(CandidateCategory.parse(line));
                }
            }
        }
        Vocabulary vocabulary;
        try (BufferedReader in = reader(opener, VOCABULARY)) {
            vocabulary = Vocabulary.read(in);
        }
        List<Model> models = new ArrayList<>();
        for (CandidateCategory category : categories) {
            try (BufferedReader in = reader(opener, category.id() + MODEL_SUFFIX)) {
                models.add(Linear.loadModel(in));
            }
        }
        return new CandidateModel(vocabulary, categories, models);
    }

    private static BufferedReader reader(Opener opener, String name) throws IOException {
        InputStream in = opener.open(name);
        if (in == null) {
            throw new IOException("no " + name + " in the candidate model");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public List<CandidateCategory> categories() {
        return categories;
    }

    /** The position of a category in {@link #categories()} and in every score array, or -1. */
    public int indexOf(String categoryId) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).id().equals(categoryId)) {
                return i;
            }
        }
        return -1;
    }

    Model model(int category) {
        return models.get(category);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The probability of each category, in the order of {@link #categories()}, for a sentence given as its
     * analysed terms and the analysed terms of its heading.
     */
    public double[] scores(List<String> terms, List<String> heading) {
        return scores(vocabulary.indices(terms, heading));
    }

    /** As {@link #scores(List, List)}, for a sentence of the document the look-up serves. */
    public double[] scores(Vocabulary.DocumentLookup lookup, List<String> terms, List<String> heading) {
        int length = lookup.features(terms, heading);
        return scores(lookup.found(), length);
    }

    private double[] scores(int[] features) {
        return scores(features, features.length);
    }

    /** The scores of the first {@code length} features of the array. */
    private double[] scores(int[] features, int length) {
        int count = models.size();
        double value = length == 0 ? 0 : 1 / Math.sqrt(length);
        double[] sums = new double[count];
        for (int f = 0; f < length; f++) {
            int row = (features[f] - 1) * count;
            for (int c = 0; c < count; c++) {
                sums[c] += weights[row + c];
            }
        }
        int bias = vocabulary.size() * count;
        double[] scores = new double[count];
        for (int c = 0; c < count; c++) {
            double decision = sums[c] * value + weights[bias + c] * Vocabulary.BIAS;
            double first = 1 / (1 + Math.exp(-decision)); // LIBLINEAR's probability of its first label
            scores[c] = positiveSlot[c] == 0 ? first : 1 - first;
        }
        return scores;
    }

    /** The same scores through LIBLINEAR's own prediction, for the test that the two agree. */
    double[] scoresByLiblinear(List<String> terms, List<String> heading) {
        Feature[] vector = vocabulary.vector(terms, heading);
        double[] scores = new double[models.size()];
        double[] probabilities = new double[2];
        for (int i = 0; i < models.size(); i++) {
            Linear.predictProbability(models.get(i), vector, probabilities);
            scores[i] = probabilities[positiveSlot[i]];
        }
        return scores;
    }
}
