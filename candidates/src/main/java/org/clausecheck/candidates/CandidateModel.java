package org.clausecheck.candidates;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidate finder: per category the weights of a LIBLINEAR logistic-regression model over one
 * {@link Vocabulary}. Scores are probabilities that a sentence belongs to a category's expert spans. Immutable and
 * thread-safe; the default model ships as a resource ({@link #RESOURCE}) and is read once, when first needed.
 *
 * <p>A model folder holds {@code categories.tsv} (one category a line, with its threshold), {@code vocabulary.txt}
 * (one feature a line) and {@code weights.bin}: the models' weights for the positive class, feature by feature and
 * category by category, the bias last, as big-endian floats after a header ({@link #MAGIC}, features, categories).
 * LIBLINEAR's own text format held the same numbers in 1 MB and took its loader half a second of a fresh JVM, as
 * long as a whole review of a contract.
 */
public final class CandidateModel {

    /** Classpath folder of the default model. */
    public static final String RESOURCE = "/org/clausecheck/candidates/model/";
    static final String CATEGORIES = "categories.tsv";
    static final String VOCABULARY = "vocabulary.txt";
    static final String WEIGHTS = "weights.bin";
    static final int MAGIC = 0x43435731; // "CCW1"

    private final Vocabulary vocabulary;
    private final List<CandidateCategory> categories;
    /**
     * The weights side by side, feature by feature ({@code [(feature - 1) * categories + category]}, the bias feature
     * last), oriented to the positive class, so that one pass over a sentence's features scores every category: the
     * arithmetic of {@link Linear#predictProbability}, which called once per model cost more than the rest of a
     * contract's analysis. {@code CandidateTrainerTest} checks that the two agree.
     */
    private final float[] weights;
    /** The trained LIBLINEAR models when this model was trained in this process, else empty. */
    private final List<Model> models;

    private CandidateModel(Vocabulary vocabulary, List<CandidateCategory> categories, float[] weights,
                           List<Model> models) {
        if (weights.length != (vocabulary.size() + 1) * categories.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + vocabulary.size() + " features and "
                    + categories.size() + " categories");
        }
        this.vocabulary = vocabulary;
        this.categories = List.copyOf(categories);
        this.weights = weights;
        this.models = List.copyOf(models);
    }

    /** A model of LIBLINEAR two-class logistic regressions, one per category, over the vocabulary. */
    static CandidateModel of(Vocabulary vocabulary, List<CandidateCategory> categories, List<Model> models) {
        if (categories.size() != models.size()) {
            throw new IllegalArgumentException(categories.size() + " categories but " + models.size() + " models");
        }
        int count = models.size();
        float[] weights = new float[(vocabulary.size() + 1) * count];
        for (int c = 0; c < count; c++) {
            Model model = models.get(c);
            if (!model.isProbabilityModel() || model.getNrClass() != 2 || model.getNrFeature() != vocabulary.size()
                    || model.getBias() != Vocabulary.BIAS) {
                throw new IllegalArgumentException(categories.get(c).id() + ": not a two-class logistic regression"
                        + " over the vocabulary with a bias");
            }
            // LIBLINEAR's decision value is for its first label; the positive class may be the second.
            double sign = model.getLabels()[0] == CandidateTrainer.POSITIVE ? 1 : -1;
            double[] w = model.getFeatureWeights();
            for (int feature = 0; feature <= vocabulary.size(); feature++) {
                weights[feature * count + c] = (float) (sign * w[feature]);
            }
        }
        return new CandidateModel(vocabulary, categories, weights, models);
    }

    /** The model shipped with clausecheck, read on first use. */
    public static CandidateModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final CandidateModel MODEL = fromResource(CandidateModel.class, RESOURCE);
    }

    /** A model shipped as resources in a classpath folder ("/org/clausecheck/candidates/model/"). */
    public static CandidateModel fromResource(Class<?> owner, String folder) {
        try {
            return read(name -> owner.getResourceAsStream(folder + name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + folder, e);
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
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(open(opener, WEIGHTS)))) {
            int magic = in.readInt();
            int features = in.readInt();
            int count = in.readInt();
            if (magic != MAGIC || features != vocabulary.size() + 1 || count != categories.size()) {
                throw new IOException(WEIGHTS + " does not fit " + VOCABULARY + " and " + CATEGORIES);
            }
            float[] weights = new float[features * count];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = in.readFloat();
            }
            return new CandidateModel(vocabulary, categories, weights, List.of());
        }
    }

    /** The weights file's bytes: header, then every weight. */
    void writeWeights(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(vocabulary.size() + 1);
        data.writeInt(categories.size());
        for (float weight : weights) {
            data.writeFloat(weight);
        }
        data.flush();
    }

    private static InputStream open(Opener opener, String name) throws IOException {
        InputStream in = opener.open(name);
        if (in == null) {
            throw new IOException("no " + name + " in the candidate model");
        }
        return in;
    }

    private static BufferedReader reader(Opener opener, String name) throws IOException {
        return new BufferedReader(new InputStreamReader(open(opener, name), StandardCharsets.UTF_8));
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

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The probability of each category, in the order of {@link #categories()}, for a sentence given as its
     * analysed terms and the analysed terms of its heading.
     */
    public double[] scores(List<String> terms, List<String> heading) {
        int[] features = vocabulary.indices(terms, heading);
        return scores(features, features.length);
    }

    /** As {@link #scores(List, List)}, for a sentence of the document the look-up serves. */
    public double[] scores(Vocabulary.DocumentLookup lookup, List<String> terms, List<String> heading) {
        int length = lookup.features(terms, heading);
        return scores(lookup.found(), length);
    }

    /** The scores of the first {@code length} features of the array. */
    private double[] scores(int[] features, int length) {
        int count = categories.size();
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
            scores[c] = 1 / (1 + Math.exp(-decision));
        }
        return scores;
    }

    /** The same scores through LIBLINEAR's own prediction; only for a model trained in this process. */
    double[] scoresByLiblinear(List<String> terms, List<String> heading) {
        if (models.isEmpty()) {
            throw new IllegalStateException("no LIBLINEAR models: this model was read from files");
        }
        Feature[] vector = vocabulary.vector(terms, heading);
        double[] scores = new double[models.size()];
        double[] probabilities = new double[2];
        for (int i = 0; i < models.size(); i++) {
            Linear.predictProbability(models.get(i), vector, probabilities);
            scores[i] = probabilities[models.get(i).getLabels()[0] == CandidateTrainer.POSITIVE ? 0 : 1];
        }
        return scores;
    }
}
