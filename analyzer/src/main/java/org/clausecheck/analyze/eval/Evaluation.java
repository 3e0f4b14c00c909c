package org.clausecheck.analyze.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;

/**
 * Runs the analyzer over labelled contracts and measures it per protection: the confusion matrix over
 * MET / WEAK / CONTRARY / MISSING, presence precision, recall and F1 (MET or WEAK vs the rest), false
 * assurance (MET where the label is MISSING or CONTRARY), all with and without low-confidence labels, and
 * every mistake with its evidence. Also times extraction and analysis separately.
 *
 * <p>Usage: {@code Evaluation LABELS.csv CORPUS_DIR [OUTPUT]}; the corpus holds ID.pdf or ID.txt (directly or
 * in pdf/ and txt/ subfolders). The PDF is read when both exist; {@code -Dclausecheck.source=txt} reads the text.
 */
public final class Evaluation {

    private final ContractAnalyzer analyzer = new ContractAnalyzer();
    private final Extractor extractor = new Extractor();
    private final AnalysisOptions options;
    private final CorpusSource source;

    /** Reads the source named by {@code clausecheck.source}: the PDFs unless it says txt. */
    public Evaluation(AnalysisOptions options) {
        this(options, CorpusSource.fromSystemProperty());
    }

    public Evaluation(AnalysisOptions options, CorpusSource source) {
        this.options = options;
        this.source = source;
    }

    /** One contract's labels and what the analyzer said. */
    public record Outcome(String id, boolean lowConfidence, Map<String, String> labels, Map<String, String> sections,
                          AnalysisReport report) {
    }

    /** Everything measured in one run. */
    public record Result(List<Outcome> outcomes, List<String> errors, long extractionNanos, long analysisNanos,
                         CorpusSource source) {

        public ConfusionMatrix matrix(Protection protection, boolean includeLowConfidence) {
            ConfusionMatrix matrix = new ConfusionMatrix();
            for (Outcome outcome : outcomes) {
                if (!includeLowConfidence && outcome.lowConfidence()) {
                    continue;
                }
                matrix.add(LabelMapping.status(outcome.labels().get(protection.ruleId())), predicted(outcome, protection));
            }
            return matrix;
        }

        /** Contracts where at least one protection is reported MET against a MISSING or CONTRARY label. */
        public int contractsWithFalseAssurance(boolean includeLowConfidence) {
            int count = 0;
            for (Outcome outcome : outcomes) {
                if (!includeLowConfidence && outcome.lowConfidence()) {
                    continue;
                }
                for (Protection protection : Protection.CORE) {
                    Status expected = LabelMapping.status(outcome.labels().get(protection.ruleId()));
                    if (predicted(outcome, protection) == Status.MET
                            && (expected == Status.MISSING || expected == Status.CONTRARY)) {
                        count++;
                        break;
                    }
                }
            }
            return count;
        }

        public int contracts(boolean includeLowConfidence) {
            return (int) outcomes.stream().filter(o -> includeLowConfidence || !o.lowConfidence()).count();
        }

        static Status predicted(Outcome outcome, Protection protection) {
            return outcome.report().finding(protection.ruleId()).map(Finding::status).orElse(Status.MISSING);
        }
    }

    public Result run(Path labelsCsv, Path corpus) throws IOException {
        List<Map<String, String>> rows = Csv.parse(Files.readString(labelsCsv, StandardCharsets.UTF_8));
        List<Outcome> outcomes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        long extraction = 0;
        long analysis = 0;
        for (Map<String, String> row : rows) {
            String id = row.get("id");
            Optional<Path> file = source.locate(corpus, id);
            if (file.isEmpty()) {
                errors.add(id + ": no ID.txt or ID.pdf in " + corpus);
                continue;
            }
            try {
                long start = System.nanoTime();
                ExtractedDocument document = extractor.extract(file.get());
                long extracted = System.nanoTime();
                AnalysisReport report = analyzer.analyze(document, options);
                long analysed = System.nanoTime();
                extraction += extracted - start;
                analysis += analysed - extracted;
                Map<String, String> labels = new LinkedHashMap<>();
                Map<String, String> sections = new LinkedHashMap<>();
                for (Protection protection : Protection.CORE) {
                    labels.put(protection.ruleId(), row.getOrDefault(protection.labelColumn(), "").strip());
                    sections.put(protection.ruleId(), row.getOrDefault(protection.sectionsColumn(), "").strip());
                }
                outcomes.add(new Outcome(id, "low".equalsIgnoreCase(row.getOrDefault("confidence", "").strip()),
                        labels, sections, report));
            } catch (ExtractionException | RuntimeException e) {
                errors.add(id + ": " + e);
            }
        }
        return new Result(outcomes, errors, extraction, analysis, source);
    }

    /** A plain-text report of the run. */
    public static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "clausecheck evaluation: %d contracts (%d without low-confidence labels), %d errors, "
                        + "reading %s%n", result.contracts(true), result.contracts(false), result.errors().size(),
                result.source().name());
        for (String error : result.errors()) {
            out.println("  error: " + error);
        }
        int documents = Math.max(1, result.outcomes().size());
        out.printf(Locale.ROOT, "time (one cold pass, JIT warming up): extraction %.2f s (%.1f ms/doc), analysis %.2f s "
                        + "(%.1f ms/doc); clausecheck bench measures warm runs%n%n",
                result.extractionNanos() / 1e9, result.extractionNanos() / 1e6 / documents,
                result.analysisNanos() / 1e9, result.analysisNanos() / 1e6 / documents);
        for (Protection protection : Protection.CORE) {
            for (boolean all : new boolean[] {true, false}) {
                ConfusionMatrix matrix = result.matrix(protection, all);
                out.printf(Locale.ROOT, "== %s (%s, %d contracts)%n", protection.ruleId(),
                        all ? "all labels" : "without low-confidence labels", matrix.total());
                out.print(matrix.render());
                out.printf(Locale.ROOT, "presence: %s%n", matrix.presence());
                out.printf(Locale.ROOT, "exact status agreement: %d/%d; false assurance: %d (%.1f%% of contracts)%n%n",
                        matrix.exact(), matrix.total(), matrix.falseAssurance(),
                        matrix.total() == 0 ? 0 : 100.0 * matrix.falseAssurance() / matrix.total());
            }
        }
        for (boolean all : new boolean[] {true, false}) {
            int vendorLabelled = 0;
            int foundContrary = 0;
            for (Outcome outcome : result.outcomes()) {
                if ((all || !outcome.lowConfidence()) && outcome.labels().get("ip-ownership").equalsIgnoreCase("VENDOR")) {
                    vendorLabelled++;
                    if (Result.predicted(outcome, Protection.CORE.get(0)) == Status.CONTRARY) {
                        foundContrary++;
                    }
                }
            }
            out.printf(Locale.ROOT, "vendor-retains-IP found as CONTRARY (%s): %d/%d = %.1f%%%n",
                    all ? "all labels" : "without low-confidence", foundContrary, vendorLabelled,
                    vendorLabelled == 0 ? 0 : 100.0 * foundContrary / vendorLabelled);
            out.printf(Locale.ROOT, "contracts with any false assurance on the core protections (%s): %d/%d = %.1f%%%n",
                    all ? "all labels" : "without low-confidence", result.contractsWithFalseAssurance(all),
                    result.contracts(all), 100.0 * result.contractsWithFalseAssurance(all) / Math.max(1, result.contracts(all)));
        }
        out.println();
        out.println("== mistakes (label -> predicted), with evidence");
        for (Outcome outcome : result.outcomes()) {
            for (Protection protection : Protection.CORE) {
                Status expected = LabelMapping.status(outcome.labels().get(protection.ruleId()));
                Finding finding = outcome.report().finding(protection.ruleId()).orElseThrow();
                if (finding.status() == expected) {
                    continue;
                }
                out.printf(Locale.ROOT, "- %s | %s: label %s (%s)%s [sections %s] -> %s (confidence %.2f)%n",
                        outcome.id(), protection.ruleId(), outcome.labels().get(protection.ruleId()), expected,
                        outcome.lowConfidence() ? " low-confidence" : "", outcome.sections().get(protection.ruleId()),
                        finding.status(), finding.confidence());
                PartyResolution parties = outcome.report().summary().parties();
                out.printf(Locale.ROOT, "    parties: %s%n", parties.decided()
                        ? parties.customer().map(p -> p.label()).orElse("?") + " customer / "
                        + parties.vendor().map(p -> p.label()).orElse("?") + " vendor (" + parties.confidence() + ")"
                        : "undecided: " + parties.reason());
                int shown = 0;
                for (Evidence evidence : finding.evidence()) {
                    if (shown++ == 3) {
                        out.printf(Locale.ROOT, "    ... %d more%n", finding.evidence().size() - 3);
                        break;
                    }
                    String quote = evidence.quote().length() > 220 ? evidence.quote().substring(0, 220) + "..." : evidence.quote();
                    out.printf(Locale.ROOT, "    %s %s [%s]: %s%n", evidence.kind(), evidence.patternId(),
                            evidence.sectionNumber() == null ? "offset " + evidence.start() : evidence.sectionNumber(),
                            quote.replaceAll("\\s+", " "));
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: Evaluation LABELS.csv CORPUS_DIR [OUTPUT_FILE]");
            System.exit(2);
        }
        Result result = new Evaluation(AnalysisOptions.defaults()).run(Path.of(args[0]), Path.of(args[1]));
        if (args.length == 3) {
            try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[2])), true, StandardCharsets.UTF_8)) {
                print(result, out);
            }
        }
        print(result, System.out);
    }
}
