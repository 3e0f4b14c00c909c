package org.clausecheck.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausecheck.candidates.CandidateCategory;
import org.clausecheck.candidates.CandidateModel;
import org.clausecheck.candidates.CandidateTrainer;

/**
 * The inventory's learned models: the candidate finder's component ({@link CandidateModel}, one logistic regression
 * per CUAD category over one vocabulary), trained on all 33 yes/no categories, and per category the threshold from
 * which a contract's best sentence makes the contract contain it ({@code contracts.tsv}).
 */
public final class InventoryModel {

    /** Classpath folder of the shipped model. */
    public static final String RESOURCE = "/org/clausecheck/inventory/model/";
    static final String CONTRACTS = "contracts.tsv";

    private final CandidateModel sentences;
    private final double[] contractThresholds;
    private final List<String> names;

    InventoryModel(CandidateModel sentences, List<ContractThreshold> thresholds) {
        this.sentences = sentences;
        this.contractThresholds = new double[sentences.categories().size()];
        List<String> categoryNames = new ArrayList<>();
        for (int c = 0; c < sentences.categories().size(); c++) {
            CandidateCategory category = sentences.categories().get(c);
            ContractThreshold threshold = thresholds.stream().filter(t -> t.id().equals(category.id())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no contract threshold for " + category.id()));
            contractThresholds[c] = threshold.threshold();
            categoryNames.add(category.column());
        }
        this.names = List.copyOf(categoryNames);
    }

    /** The model shipped with clausecheck, read on first use. */
    public static InventoryModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final InventoryModel MODEL = readResource();

        private static InventoryModel readResource() {
            CandidateModel sentences = CandidateModel.fromResource(InventoryModel.class, RESOURCE);
            try (InputStream in = InventoryModel.class.getResourceAsStream(RESOURCE + CONTRACTS)) {
                if (in == null) {
                    throw new IOException("no " + CONTRACTS);
                }
                return new InventoryModel(sentences, readThresholds(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the inventory model " + RESOURCE, e);
            }
        }
    }

    /** A model written by {@link #write} into a folder. */
    public static InventoryModel read(Path folder) throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve(CONTRACTS))) {
            return new InventoryModel(CandidateModel.read(folder), readThresholds(in));
        }
    }

    private static List<ContractThreshold> readThresholds(InputStream in) throws IOException {
        List<ContractThreshold> thresholds = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.readLine();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                thresholds.add(ContractThreshold.parse(line));
            }
        }
        return thresholds;
    }

    public static void write(CandidateModel sentences, List<ContractThreshold> thresholds, Path folder) throws IOException {
        CandidateTrainer.write(sentences, folder);
        try (Writer out = Files.newBufferedWriter(folder.resolve(CONTRACTS), StandardCharsets.UTF_8)) {
            out.write(ContractThreshold.HEADER + "\n");
            for (ContractThreshold threshold : thresholds) {
                out.write(threshold.line() + "\n");
            }
        }
    }

    CandidateModel sentences() {
        return sentences;
    }

    /** CUAD's name of each category, in the order of the model's scores. */
    List<String> names() {
        return names;
    }

    double contractThreshold(int category) {
        return contractThresholds[category];
    }
}
