package org.clausecheck.analyze.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;

/**
 * Times extraction and analysis separately over every file of a folder, after one warm-up pass (the JIT
 * and the playbook's compiled queries are then as they are in a long batch run).
 *
 * <p>Usage: {@code AnalysisBenchmark FOLDER [ROUNDS]}.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: AnalysisBenchmark FOLDER [ROUNDS]");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Extractor extractor = new Extractor();
        ContractAnalyzer analyzer = new ContractAnalyzer();
        AnalysisOptions options = AnalysisOptions.defaults();
        for (int round = 0; round <= rounds; round++) {
            long extraction = 0;
            long analysis = 0;
            long characters = 0;
            int documents = 0;
            List<String> failures = new ArrayList<>();
            for (Path file : files) {
                try {
                    long start = System.nanoTime();
                    ExtractedDocument document = extractor.extract(file);
                    long extracted = System.nanoTime();
                    analyzer.analyze(document, options);
                    analysis += System.nanoTime() - extracted;
                    extraction += extracted - start;
                    characters += document.text().length();
                    documents++;
                } catch (ExtractionException e) {
                    failures.add(file.getFileName() + ": " + e.getMessage());
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d documents, %.1f MB of text, %d not extracted; extraction %.2f s "
                            + "(%.1f ms/doc), analysis %.2f s (%.1f ms/doc)%n",
                    round == 0 ? "warm-up" : "round " + round, documents, characters / 1e6, failures.size(),
                    extraction / 1e9, extraction / 1e6 / Math.max(1, documents), analysis / 1e9,
                    analysis / 1e6 / Math.max(1, documents));
        }
    }
}
