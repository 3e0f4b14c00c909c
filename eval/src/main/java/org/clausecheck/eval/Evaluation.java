package org.clausecheck.eval;

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
import org.clausecheck.extract.ExtractionOptions;
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
                          PartyAgreement.Side customer, PartyAgreement.Side vendor, AnalysisReport report) {

        /** Whether the analyzer took the labelled customer. */
        public PartyAgreement.Verdict partyVerdict() {
            return PartyAgreement.judge(customer, vendor, report.summary().parties());
        }
    }

    /**
     * Everything measured in one run.
     *
     * @param protections the core protections the playbook run has a rule for (all four unless {@code --only} or a
     *                    playbook of one's own leaves some out): only these are measured
     */
    public record Result(List<Outcome> outcomes, List<String> errors, long extractionNanos, long analysisNanos,
                         CorpusSource source, List<Protection> protections) {

        public Result {
            protections = List.copyOf(protections);
        }

        /** Whether ip-ownership, which the vendor-keeps-IP figure reads, was measured. */
        boolean measuresIpOwnership() {
            return protections.stream().anyMatch(p -> p.ruleId().equals(IP_OWNERSHIP.ruleId()));
        }

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
                for (Protection protection : protections) {
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

        /** The outcomes of one half of the corpus (all of them for {@link CorpusSplit#ALL}). */
        public Result restrictedTo(CorpusSplit split) {
            return new Result(outcomes.stream().filter(o -> split.contains(o.id())).toList(), errors, extractionNanos,
                    analysisNanos, source, protections);
        }

        /** Contracts labelled VENDOR on ip-ownership, and how many of them the analyzer reports CONTRARY. */
        public int[] vendorKeepsIpFoundContrary(boolean includeLowConfidence) {
            int labelled = 0;
            int found = 0;
            for (Outcome outcome : outcomes) {
                if ((includeLowConfidence || !outcome.lowConfidence())
                        && outcome.labels().get("ip-ownership").equalsIgnoreCase("VENDOR")) {
                    labelled++;
                    if (predicted(outcome, IP_OWNERSHIP) == Status.CONTRARY) {
                        found++;
                    }
                }
            }
            return new int[] {found, labelled};
        }

        /** How many contracts got each party verdict. */
        public Map<PartyAgreement.Verdict, Integer> partyVerdicts() {
            Map<PartyAgreement.Verdict, Integer> counts = new java.util.EnumMap<>(PartyAgreement.Verdict.class);
            for (PartyAgreement.Verdict verdict : PartyAgreement.Verdict.values()) {
                counts.put(verdict, 0);
            }
            outcomes.forEach(outcome -> counts.merge(outcome.partyVerdict(), 1, Integer::sum));
            return counts;
        }

        /** Contracts whose customer was taken wrongly (swapped or another party) with a confidence of 0.9 or more. */
        public int confidentPartyMistakes() {
            return (int) outcomes.stream()
                    .filter(o -> o.partyVerdict() == PartyAgreement.Verdict.SWAPPED
                            || o.partyVerdict() == PartyAgreement.Verdict.WRONG)
                    .filter(o -> o.report().summary().parties().confidence() >= 0.9)
                    .count();
        }

        public int contracts(boolean includeLowConfidence) {
            return (int) outcomes.stream().filter(o -> includeLowConfidence || !o.lowConfidence()).count();
        }

        static Status predicted(Outcome outcome, Protection protection) {
            return outcome.report().finding(protection.ruleId()).map(Finding::status).orElse(Status.MISSING);
        }
    }

    private static final Protection IP_OWNERSHIP = Protection.CORE.get(0);

    /** The core protections the playbook in use has a rule for; the others are not measured. */
    public static List<Protection> measured(AnalysisOptions options) {
        return Protection.CORE.stream().filter(p -> options.playbook().rule(p.ruleId()).isPresent()).toList();
    }

    /** Reads the contracts as {@link CorpusExtraction#OPTIONS} does: text layers only. */
    public Result run(Path labelsCsv, Path corpus) throws IOException {
        return run(labelsCsv, corpus, CorpusExtraction.OPTIONS);
    }

    /** Reads the contracts with the given options ({@code eval --ocr}). */
    public Result run(Path labelsCsv, Path corpus, ExtractionOptions reading) throws IOException {
        List<Protection> protections = measured(options);
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
                ExtractedDocument document = extractor.extract(file.get(), reading);
                long extracted = System.nanoTime();
                AnalysisReport report = analyzer.analyze(document, options);
                long analysed = System.nanoTime();
                extraction += extracted - start;
                analysis += analysed - extracted;
                Map<String, String> labels = new LinkedHashMap<>();
                Map<String, String> sections = new LinkedHashMap<>();
                for (Protection protection : protections) {
                    labels.put(protection.ruleId(), row.getOrDefault(protection.labelColumn(), "").strip());
                    sections.put(protection.ruleId(), row.getOrDefault(protection.sectionsColumn(), "").strip());
                }
                outcomes.add(new Outcome(id, "low".equalsIgnoreCase(row.getOrDefault("confidence", "").strip()),
                        labels, sections, PartyAgreement.Side.parse(row.get("customer")),
                        PartyAgreement.Side.parse(row.get("vendor")), report));
            } catch (ExtractionException | RuntimeException e) {
                errors.add(id + ": " + Failures.reason(e));
            }
        }
        return new Result(outcomes, errors, extraction, analysis, source, protections);
    }

    /**
     * The two halves of the fixed split side by side (CorpusSplit), then the full report of the contracts in
     * {@code split}: the half rules were written from is no evidence that they generalise, the other half is.
     */
    public static void print(Result result, CorpusSplit split, PrintStream out) {
        printHalves(result, out);
        out.printf(Locale.ROOT, "== details: %s%n", split == CorpusSplit.ALL ? "all contracts"
                : split.label() + " half only");
        print(result.restrictedTo(split), out);
    }

    /** Per protection and half: presence scores, exact agreement and false assurance, with all labels and without low. */
    static void printHalves(Result result, PrintStream out) {
        Result write = result.restrictedTo(CorpusSplit.WRITE);
        Result check = result.restrictedTo(CorpusSplit.CHECK);
        out.printf(Locale.ROOT, "== the fixed split: %d contracts in the write half (rules written from), %d in the check"
                + " half (only measured on)%n", write.contracts(true), check.contracts(true));
        for (boolean all : new boolean[] {true, false}) {
            out.printf(Locale.ROOT, "%s%n", all ? "all labels:" : "without low-confidence labels:");
            out.printf(Locale.ROOT, "  %-20s %-44s %s%n", "protection", "write half", "check half");
            for (Protection protection : result.protections()) {
                out.printf(Locale.ROOT, "  %-20s %-44s %s%n", protection.ruleId(), halfSummary(write, protection, all),
                        halfSummary(check, protection, all));
            }
            if (result.measuresIpOwnership()) {
                int[] vendorWrite = write.vendorKeepsIpFoundContrary(all);
                int[] vendorCheck = check.vendorKeepsIpFoundContrary(all);
                out.printf(Locale.ROOT, "  %-20s %-44s %s%n", "vendor-keeps-IP", vendorWrite[0] + "/" + vendorWrite[1]
                        + " CONTRARY", vendorCheck[0] + "/" + vendorCheck[1] + " CONTRARY");
            }
            out.printf(Locale.ROOT, "  %-20s %-44s %s%n", "false MET", write.contractsWithFalseAssurance(all) + "/"
                    + write.contracts(all) + " contracts", check.contractsWithFalseAssurance(all) + "/"
                    + check.contracts(all) + " contracts");
        }
        out.printf(Locale.ROOT, "  %-20s write half: %s%n  %-20s check half: %s%n", "parties", partySummary(write), "",
                partySummary(check));
        out.println();
    }

    /** "customer right 25/30, swapped 1, wrong 0, undecided 4; 1 wrong at >= 0.9". */
    static String partySummary(Result half) {
        Map<PartyAgreement.Verdict, Integer> counts = half.partyVerdicts();
        int labelled = half.outcomes().size() - counts.get(PartyAgreement.Verdict.UNLABELLED);
        return String.format(Locale.ROOT, "customer right %d/%d, swapped %d, wrong %d, undecided %d; %d wrong at >= 0.9",
                counts.get(PartyAgreement.Verdict.RIGHT), labelled, counts.get(PartyAgreement.Verdict.SWAPPED),
                counts.get(PartyAgreement.Verdict.WRONG), counts.get(PartyAgreement.Verdict.UNDECIDED),
                half.confidentPartyMistakes());
    }

    private static String halfSummary(Result half, Protection protection, boolean includeLowConfidence) {
        ConfusionMatrix matrix = half.matrix(protection, includeLowConfidence);
        Scores presence = matrix.presence();
        return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.3f exact %d/%d", presence.precision(),
                presence.recall(), presence.f1(), matrix.exact(), matrix.total());
    }

    private static String describe(PartyResolution parties) {
        return parties.decided()
                ? parties.customer().map(p -> p.label()).orElse("?") + " customer / "
                + parties.vendor().map(p -> p.label()).orElse("?") + " vendor (" + parties.confidence() + "): "
                + parties.reason()
                : "undecided: " + parties.reason();
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
        for (Protection protection : result.protections()) {
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
            if (result.measuresIpOwnership()) {
                int[] vendor = result.vendorKeepsIpFoundContrary(all);
                out.printf(Locale.ROOT, "vendor-retains-IP found as CONTRARY (%s): %d/%d = %.1f%%%n",
                        all ? "all labels" : "without low-confidence", vendor[0], vendor[1],
                        vendor[1] == 0 ? 0 : 100.0 * vendor[0] / vendor[1]);
            }
            out.printf(Locale.ROOT, "contracts with any false assurance on the core protections (%s): %d/%d = %.1f%%%n",
                    all ? "all labels" : "without low-confidence", result.contractsWithFalseAssurance(all),
                    result.contracts(all), 100.0 * result.contractsWithFalseAssurance(all) / Math.max(1, result.contracts(all)));
        }
        out.println();
        out.printf(Locale.ROOT, "== parties: %s%n", partySummary(result));
        for (Outcome outcome : result.outcomes()) {
            PartyAgreement.Verdict verdict = outcome.partyVerdict();
            if (verdict == PartyAgreement.Verdict.RIGHT || verdict == PartyAgreement.Verdict.UNLABELLED) {
                continue;
            }
            PartyResolution parties = outcome.report().summary().parties();
            out.printf(Locale.ROOT, "- [%s] %s | parties %s: label customer %s, vendor %s%n    -> %s%n",
                    CorpusSplit.of(outcome.id()).label(), outcome.id(), verdict, outcome.customer(), outcome.vendor(),
                    describe(parties));
        }
        out.println();
        out.println("== mistakes (label -> predicted), with evidence");
        for (Outcome outcome : result.outcomes()) {
            for (Protection protection : result.protections()) {
                Status expected = LabelMapping.status(outcome.labels().get(protection.ruleId()));
                Finding finding = outcome.report().finding(protection.ruleId()).orElseThrow();
                if (finding.status() == expected) {
                    continue;
                }
                out.printf(Locale.ROOT, "- [%s] %s | %s: label %s (%s)%s [sections %s] -> %s (confidence %.2f)%n",
                        CorpusSplit.of(outcome.id()).label(), outcome.id(), protection.ruleId(), outcome.labels().get(protection.ruleId()), expected,
                        outcome.lowConfidence() ? " low-confidence" : "", outcome.sections().get(protection.ruleId()),
                        finding.status(), finding.confidence());
                out.printf(Locale.ROOT, "    parties: %s%n", describe(outcome.report().summary().parties()));
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
}
