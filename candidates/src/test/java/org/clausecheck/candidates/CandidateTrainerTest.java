package org.clausecheck.candidates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.liblinear.Feature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on sentences written here (analysed terms as the analyzer gives them: lower case, singular, role tokens):
 * the learner separates them, the same examples give the same bytes, and a written model reads back the same.
 */
class CandidateTrainerTest {

    private static final List<CandidateTrainer.Category> CATEGORIES = List.of(
            new CandidateTrainer.Category("grant", "Grant"), new CandidateTrainer.Category("audit", "Audit"));

    private static final String[] GRANTS = {
        "xvendorx hereby assign to xcustomerx all right title and interest in deliverable",
        "all work product shall be property of xcustomerx",
        "xvendorx assign to xcustomerx all intellectual property right in work product",
        "deliverable shall vest in xcustomerx upon creation",
        "xvendorx hereby assign all invention to xcustomerx",
    };
    private static final String[] AUDITS = {
        "xcustomerx may audit book and record of xvendorx upon notice",
        "xvendorx shall permit xcustomerx to inspect its facility and system",
        "xcustomerx shall have right to audit xvendorx once per year",
    };
    private static final String[] OTHERS = {
        "this agreement shall be governed by law of new york",
        "xcustomerx shall pay each invoice within thirty day",
        "notice shall be given in writing to address above",
        "either party may terminate this agreement for material breach",
        "xvendorx shall maintain insurance with reputable insurer",
        "fee are exclusive of tax",
        "this agreement may be executed in counterpart",
        "no waiver shall be effective unless in writing",
    };

    static List<CandidateTrainer.Example> examples() {
        List<CandidateTrainer.Example> examples = new ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
            String group = "contract-" + copy;
            Stream.of(GRANTS).forEach(s -> examples.add(example(group, s, "intellectual property", Set.of("grant"))));
            Stream.of(AUDITS).forEach(s -> examples.add(example(group, s, "audit", Set.of("audit"))));
            Stream.of(OTHERS).forEach(s -> examples.add(example(group, s, "general", Set.of())));
        }
        return examples;
    }

    private static CandidateTrainer.Example example(String group, String sentence, String heading, Set<String> in) {
        return new CandidateTrainer.Example(group, words(sentence), words(heading), in);
    }

    static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    private static final CandidateTrainer.Settings SETTINGS = new CandidateTrainer.Settings(200, 2, 2, 10, 4);

    @Test
    void aGrantOfIpScoresAboveAnUnrelatedSentence() {
        CandidateModel model = CandidateTrainer.train(examples(), CATEGORIES, SETTINGS);
        // Sentences not in the training data, made of its words.
        double[] grant = model.scores(words("xvendorx shall assign to xcustomerx all right in invention"),
                words("intellectual property"));
        double[] unrelated = model.scores(words("xcustomerx shall pay fee within thirty day"), words("general"));
        int g = model.indexOf("grant");
        int a = model.indexOf("audit");
        assertTrue(grant[g] > unrelated[g] + 0.3, Arrays.toString(grant) + " vs " + Arrays.toString(unrelated));
        assertTrue(grant[g] > grant[a], Arrays.toString(grant));
        double[] audit = model.scores(words("xcustomerx may inspect record of xvendorx"), words("audit"));
        assertTrue(audit[a] > unrelated[a] + 0.3, Arrays.toString(audit) + " vs " + Arrays.toString(unrelated));
    }

    @Test
    void theSameExamplesGiveTheSameBytes(@TempDir Path folder) throws IOException {
        CandidateTrainer.write(CandidateTrainer.train(examples(), CATEGORIES, SETTINGS), folder.resolve("a"));
        CandidateTrainer.write(CandidateTrainer.train(examples(), CATEGORIES, SETTINGS), folder.resolve("b"));
        try (Stream<Path> files = Files.list(folder.resolve("a"))) {
            List<Path> written = files.sorted().toList();
            assertEquals(3, written.size());
            for (Path file : written) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(folder.resolve("b").resolve(file.getFileName())),
                        file.getFileName().toString());
            }
        }
    }

    @Test
    void aWrittenModelReadsBackWithTheSameScores(@TempDir Path folder) throws IOException {
        CandidateModel trained = CandidateTrainer.train(examples(), CATEGORIES, SETTINGS);
        CandidateTrainer.write(trained, folder);
        CandidateModel read = CandidateModel.read(folder);
        assertEquals(trained.categories(), read.categories());
        assertEquals(trained.vocabulary().names(), read.vocabulary().names());
        List<String> sentence = words("xvendorx hereby assign to xcustomerx all invention");
        // the weights are stored as floats
        assertArrayEquals(trained.scores(sentence, List.of()), read.scores(sentence, List.of()), 1e-6);
    }

    @Test
    void scoresAreLiblinearsOwnPredictions() {
        CandidateModel model = CandidateTrainer.train(examples(), CATEGORIES, SETTINGS);
        Vocabulary.DocumentLookup lookup = model.vocabulary().lookup();
        java.util.Random random = new java.util.Random(7);
        List<String> names = model.vocabulary().names();
        for (int round = 0; round < 300; round++) {
            // Sentences of known terms (pairs split into their terms), unknown words and heading terms.
            List<String> terms = new ArrayList<>();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                String name = names.get(random.nextInt(names.size()));
                terms.addAll(List.of((random.nextInt(10) == 0 ? "unknownword" : name.replace("#", "")).split(" ")));
            }
            List<String> heading = List.of(names.get(random.nextInt(names.size())).replace("#", "").split(" "));
            double[] expected = model.scoresByLiblinear(terms, heading);
            assertArrayEquals(expected, model.scores(terms, heading), 1e-6);
            assertArrayEquals(expected, model.scores(lookup, terms, heading), 1e-6);
        }
    }

    @Test
    void aMissingModelFileIsNamed(@TempDir Path folder) throws IOException {
        CandidateTrainer.write(CandidateTrainer.train(examples(), CATEGORIES, SETTINGS), folder);
        Files.delete(folder.resolve("weights.bin"));
        IOException e = assertThrows(IOException.class, () -> CandidateModel.read(folder));
        assertTrue(e.getMessage().contains("weights.bin"), e.getMessage());
    }

    @Test
    void aCategoryWithoutPositivesCannotBeTrained() {
        List<CandidateTrainer.Category> categories = List.of(new CandidateTrainer.Category("none", "None"));
        assertThrows(IllegalArgumentException.class, () -> CandidateTrainer.train(examples(), categories, SETTINGS));
    }

    @Test
    void aSentenceVectorIsUnitLengthWithTheBiasLast() {
        Vocabulary vocabulary = Vocabulary.of(List.of("#audit", "assign", "assign to", "xcustomerx"));
        Feature[] vector = vocabulary.vector(words("xvendorx assign to xcustomerx assign"), words("audit"));
        // assign (2), "assign to" (3), xcustomerx (4), heading audit (1); "to" and xvendorx are unknown
        assertEquals(5, vector.length);
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, Stream.of(vector).mapToInt(Feature::getIndex).toArray());
        double squares = Stream.of(vector).limit(4).mapToDouble(f -> f.getValue() * f.getValue()).sum();
        assertEquals(1.0, squares, 1e-12);
        assertEquals(1.0, vector[4].getValue());
    }

    @Test
    void theThresholdIsTheOneOfBestF1() {
        double[] probabilities = {0.95, 0.9, 0.8, 0.4, 0.3, 0.1};
        boolean[] positive = {true, true, false, true, false, false};
        CandidateTrainer.Threshold threshold = CandidateTrainer.bestThreshold(probabilities, positive);
        // Taking the first four gives P 0.75 R 1.0 F1 0.857; the first two P 1.0 R 0.667 F1 0.8.
        assertEquals(0.4, threshold.value(), 1e-9);
        assertEquals(6 / 7.0, threshold.f1(), 1e-9);
    }

    @Test
    void aWordOfOneContractIsNoFeatureHoweverOftenItOccurs() {
        List<CandidateTrainer.Example> examples = new ArrayList<>(examples());
        // One contract names its licensor in every grant: "zorbex" is in 5 grant sentences of 1 contract.
        Stream.of(GRANTS).forEach(s -> examples.add(example("contract-zorbex", s.replace("xvendorx", "zorbex"),
                "intellectual property", Set.of("grant"))));
        List<String> features = CandidateTrainer.selectFeatures(examples, CATEGORIES, SETTINGS);
        assertTrue(features.contains("assign"), features.toString());
        assertTrue(features.stream().noneMatch(f -> f.contains("zorbex")), features.toString());
        // The same word in grants of two contracts (the minimum here) is one.
        Stream.of(GRANTS).forEach(s -> examples.add(example("contract-other", s.replace("xvendorx", "zorbex"),
                "intellectual property", Set.of("grant"))));
        assertTrue(CandidateTrainer.selectFeatures(examples, CATEGORIES, SETTINGS).contains("zorbex"));
    }

    @Test
    void chiSquaredIsZeroForAFeatureIndependentOfTheCategory() {
        assertEquals(0, CandidateTrainer.chiSquared(5, 50, 10, 100), 1e-9);
        assertTrue(CandidateTrainer.chiSquared(10, 10, 10, 100) > 50);
    }
}
