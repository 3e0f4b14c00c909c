package org.clausecheck.eval.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.eval.Csv;
import org.clausecheck.eval.LabelMapping;
import org.clausecheck.eval.Protection;

/**
 * The contracts of a corpus folder that the probe reads: those a labels file names, or every ID.pdf and ID.txt
 * in the folder (directly or in pdf/ and txt/), as {@code eval} finds them. Their kind of agreement comes from
 * the labels file's {@code agreement_type} column, or else from the folder's own labels.csv (CUAD's layout).
 */
final class CorpusContracts {

    static final String TYPE_COLUMN = "agreement_type";

    /**
     * @param contracts  the contracts, in id order
     * @param typeSource the file the kinds of agreement came from, or null when none gave them
     */
    record Listing(List<ProbeContract> contracts, Path typeSource) {
    }

    private CorpusContracts() {
    }

    static Listing list(Path corpus, Path labelsCsv) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        if (labelsCsv != null) {
            for (Map<String, String> row : Csv.parse(Files.readString(labelsCsv, StandardCharsets.UTF_8))) {
                String id = row.getOrDefault("id", "").strip();
                if (!id.isEmpty()) {
                    rows.put(id, row);
                }
            }
        } else {
            for (String id : idsIn(corpus)) {
                rows.put(id, Map.of());
            }
        }
        Path typeSource = null;
        Map<String, String> types = new HashMap<>();
        if (labelsCsv != null && rows.values().stream().anyMatch(row -> row.containsKey(TYPE_COLUMN))) {
            typeSource = labelsCsv;
            rows.forEach((id, row) -> types.put(id, row.getOrDefault(TYPE_COLUMN, "")));
        } else if (Files.isRegularFile(corpus.resolve("labels.csv"))) {
            for (Map<String, String> row : Csv.parse(Files.readString(corpus.resolve("labels.csv"), StandardCharsets.UTF_8))) {
                if (row.containsKey(TYPE_COLUMN)) {
                    types.put(row.getOrDefault("id", "").strip(), row.get(TYPE_COLUMN));
                    typeSource = corpus.resolve("labels.csv");
                }
            }
        }
        List<ProbeContract> contracts = new ArrayList<>();
        for (String id : new TreeSet<>(rows.keySet())) {
            try {
                contracts.add(new ProbeContract(id, types.getOrDefault(id, ""), labels(rows.get(id))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(labelsCsv + ": contract " + id + ": " + e.getMessage(), e);
            }
        }
        return new Listing(contracts, typeSource);
    }

    /** The labelled status of each core protection the row gives. */
    private static Map<String, Status> labels(Map<String, String> row) {
        Map<String, Status> labels = new HashMap<>();
        for (Protection protection : Protection.CORE) {
            String label = row.getOrDefault(protection.labelColumn(), "").strip();
            if (!label.isEmpty()) {
                labels.put(protection.ruleId(), LabelMapping.status(label));
            }
        }
        return labels;
    }

    /** The ids of the PDF and text files of a folder and of its pdf/ and txt/ subfolders. */
    private static TreeSet<String> idsIn(Path corpus) throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        for (Path folder : List.of(corpus, corpus.resolve("pdf"), corpus.resolve("txt"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (Files.isRegularFile(file) && (lower.endsWith(".pdf") || lower.endsWith(".txt"))) {
                        ids.add(name.substring(0, name.length() - 4));
                    }
                }
            }
        }
        return ids;
    }
}
