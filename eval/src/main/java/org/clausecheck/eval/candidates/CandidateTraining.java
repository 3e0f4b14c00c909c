package org.clausecheck.eval.candidates;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausecheck.analyze.candidates.CandidateCategories;
import org.clausecheck.analyze.candidates.SentenceTerms;
import org.clausecheck.analyze.match.Scope;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.candidates.CandidateCategory;
import org.clausecheck.candidates.CandidateModel;
import org.clausecheck.candidates.CandidateTrainer;
import org.clausecheck.eval.CorpusExtraction;
import org.clausecheck.eval.CorpusSource;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;

/**
 * Trains the candidate finder from CUAD's expert spans, on the WRITE half of the fixed split only: every sentence
 * of a write-half contract (its PDF read as users' files are) is an example, positive for each category whose span
 * it overlaps. Clause titles standing alone are left out: they are never evidence.
 *
 * <p>Usage: {@code CandidateTraining LABELS.csv CORPUS_DIR OUTPUT_DIR}; {@code scripts/train-candidate-finder.sh}
 * runs it into the model folder of the candidates module.
 */
public final class CandidateTraining {

    private CandidateTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CandidateTraining LABELS.csv CORPUS_DIR OUTPUT_DIR");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CandidateModel model = train(Path.of(args[0]), Path.of(args[1]), CandidateTrainer.Settings.DEFAULT, out);
        CandidateTrainer.write(model, Path.of(args[2]));
        out.println("written to " + args[2]);
    }

    /** The examples of the write half, then the model trained on them; progress and counts to {@code out}. */
    public static CandidateModel train(Path labels, Path corpus, CandidateTrainer.Settings settings, PrintStream out)
            throws IOException {
        List<CandidateTrainer.Example> examples = examples(labels, corpus, CandidateCategories.forTraining(), out);
        CandidateModel model = CandidateTrainer.train(examples, CandidateCategories.forTraining(), settings);
        out.printf(Locale.ROOT, "vocabulary: %d features%n", model.vocabulary().size());
        for (CandidateCategory category : model.categories()) {
            out.printf(Locale.ROOT, "%-27s positives %4d of %d, threshold %.3f, held-out folds %s%n", category.id(),
                    category.positives(), category.sentences(), category.threshold(), category.heldOut());
        }
        return model;
    }

    /**
     * Every sentence of the write half's contracts, positive for each of the categories whose expert spans it
     * overlaps; progress and counts to {@code out}.
     */
    public static List<CandidateTrainer.Example> examples(Path labels, Path corpus,
                                                          List<CandidateTrainer.Category> trained, PrintStream out)
            throws IOException {
        return examples(labels, corpus, trained, new ArrayList<>(), out);
    }

    /** As {@link #examples(Path, Path, List, PrintStream)}, adding each example's sentence as printed to {@code texts}. */
    public static List<CandidateTrainer.Example> examples(Path labels, Path corpus,
                                                          List<CandidateTrainer.Category> trained, List<String> texts,
                                                          PrintStream out) throws IOException {
        List<String> columns = trained.stream().map(CandidateTrainer.Category::column).toList();
        Extractor extractor = new Extractor();
        List<CandidateTrainer.Example> examples = new ArrayList<>();
        Map<SpanLocator.Match, Integer> matches = new EnumMap<>(SpanLocator.Match.class);
        int contracts = 0;
        for (CuadSpans contract : CuadSpans.read(labels, columns)) {
            if (!CorpusSplit.WRITE.contains(contract.id())) {
                continue;
            }
            Optional<Path> file = CorpusSource.PDF.locate(corpus, contract.id());
            if (file.isEmpty()) {
                out.println("  skipped " + contract.id() + ": no file");
                continue;
            }
            CorpusDocument document;
            try {
                // The text layer only, as the shipped model was trained: OCR of the corpus's few image pages
                // (tables, scanned exhibits) would change the model with every Tesseract version.
                document = CorpusDocument.read(extractor, contract.id(), file.get(), CorpusExtraction.OPTIONS);
            } catch (ExtractionException e) {
                out.println("  skipped " + contract.id() + ": " + e.getMessage());
                continue;
            }
            contracts++;
            List<LocatedSpan> spans = LocatedSpan.locate(document.text(), contract, columns);
            List<Set<String>> categories = new ArrayList<>();
            document.structure().sentences().forEach(s -> categories.add(new HashSet<>()));
            for (LocatedSpan span : spans) {
                matches.merge(span.location().match(), 1, Integer::sum);
                String category = trained.stream().filter(c -> c.column().equals(span.column()))
                        .findFirst().orElseThrow().id();
                for (Sentence sentence : span.sentences(document.structure())) {
                    categories.get(sentence.index()).add(category);
                }
            }
            SentenceTerms terms = new SentenceTerms(document.index(), document.structure());
            for (Sentence sentence : document.structure().sentences()) {
                if (Scope.isHeadingOnly(sentence)) {
                    continue;
                }
                texts.add(sentence.text());
                examples.add(new CandidateTrainer.Example(contract.id(), terms.terms(sentence.index()),
                        terms.heading(sentence.index()), categories.get(sentence.index())));
            }
        }
        out.printf(Locale.ROOT, "write half: %d contracts, %d sentences; spans located %s%n", contracts,
                examples.size(), matches);
        return examples;
    }
}
