package org.clausecheck.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;

/**
 * Measures the playbook on contracts labelled with a status per rule: a CSV with a {@code file} column, a {@code split}
 * column (write or check) and one column per rule id holding MET, WEAK, CONTRARY or MISSING, or two of them as
 * {@code A|B} where a reviewer could defend either (the first preferred). Per rule and half: agreement (the status is one
 * of those labelled), presence precision, recall and F1 (MET or WEAK; a prediction the labels accept is right) and false
 * assurance (MET where no label allows MET and the preferred one is MISSING or CONTRARY).
 *
 * <p>{@code eval/drafts/labels.csv} is such a file: contract drafts written blind to the rules.
 */
public final class StatusLabelEvaluation {

    /** One contract's labels and the analyzer's statuses, for the rules both name. */
    public record Outcome(String file, String split, Map<String, Set<Status>> accepted, Map<String, Status> preferred,
                          Map<String, Finding> findings) {
    }

    /** Everything measured in one run. */
    public record Result(List<Outcome> outcomes, List<String> errors, List<String> rules) {

        public Scores presence(String rule, String split) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Outcome outcome : of(split)) {
                Status predicted = outcome.findings().get(rule).status();
                boolean accepted = outcome.accepted().get(rule).contains(predicted);
                boolean expectedPresent = accepted ? predicted.isPresent() : outcome.preferred().get(rule).isPresent();
                if (predicted.isPresent() && expectedPresent) {
                    tp++;
                } else if (predicted.isPresent()) {
                    fp++;
                } else if (expectedPresent) {
                    fn++;
                }
            }
            return Scores.of(tp, fp, fn);
        }

        public int[] agreement(String rule, String split) {
            int agree = 0;
            int total = 0;
            for (Outcome outcome : of(split)) {
                total++;
                if (outcome.accepted().get(rule).contains(outcome.findings().get(rule).status())) {
                    agree++;
                }
            }
            return new int[] {agree, total};
        }

        public int falseAssurance(String rule, String split) {
            int count = 0;
            for (Outcome outcome : of(split)) {
                if (outcome.findings().get(rule).status() == Status.MET && !outcome.accepted().get(rule).contains(Status.MET)
                        && !outcome.preferred().get(rule).isPresent()) {
                    count++;
                }
            }
            return count;
        }

        List<Outcome> of(String split) {
            return outcomes.stream().filter(o -> split.equals("all") || split.equals(o.split())).toList();
        }
    }

    private final ContractAnalyzer analyzer = new ContractAnalyzer();
    private final Extractor extractor = new Extractor();
    private final AnalysisOptions options;

    public StatusLabelEvaluation(AnalysisOptions options) {
        this.options = options;
    }

    /** True when a labels CSV is of this kind: a file column and status columns named by rule id. */
    public static boolean reads(Path labelsCsv) throws IOException {
        return header(labelsCsv).contains("file");
    }

    /** The rules of the playbook that the labels CSV has a column for, in playbook order: what a run measures. */
    public static List<String> measuredRules(Path labelsCsv, AnalysisOptions options) throws IOException {
        List<String> columns = header(labelsCsv);
        return options.playbook().rules().stream().map(Rule::id).filter(columns::contains).toList();
    }

    private static List<String> header(Path labelsCsv) throws IOException {
        String header = Files.readAllLines(labelsCsv, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        return List.of(header.strip().split(","));
    }

    /** Reads the contracts as {@link CorpusExtraction#OPTIONS} does: text layers only. */
    public Result run(Path labelsCsv, Path corpus) throws IOException {
        return run(labelsCsv, corpus, CorpusExtraction.OPTIONS);
    }

    /** Reads the contracts with the given options ({@code eval --ocr}). */
    public Result run(Path labelsCsv, Path corpus, ExtractionOptions extraction) throws IOException {
        List<Map<String, String>> rows = Csv.parse(Files.readString(labelsCsv, StandardCharsets.UTF_8));
        List<String> rules = new ArrayList<>();
        for (Rule rule : options.playbook().rules()) {
            if (!rows.isEmpty() && rows.get(0).containsKey(rule.id())) {
                rules.add(rule.id());
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String file = row.get("file").strip();
            Path path = corpus.resolve(file);
            try {
                Map<String, Finding> findings = new LinkedHashMap<>();
                for (Finding finding : analyzer.analyze(extractor.extract(path, extraction), options).findings()) {
                    findings.put(finding.ruleId(), finding);
                }
                Map<String, Set<Status>> accepted = new LinkedHashMap<>();
                Map<String, Status> preferred = new LinkedHashMap<>();
                for (String rule : rules) {
                    Set<Status> statuses = EnumSet.noneOf(Status.class);
                    String[] cells = row.getOrDefault(rule, "").strip().split("\\|");
                    for (String cell : cells) {
                        statuses.add(status(rule, cell));
                    }
                    accepted.put(rule, statuses);
                    preferred.put(rule, status(rule, cells[0]));
                }
                outcomes.add(new Outcome(file, row.getOrDefault("split", "all").strip(), accepted, preferred, findings));
            } catch (ExtractionException | RuntimeException e) {
                errors.add(file + ": " + Failures.reason(e));
            }
        }
        return new Result(outcomes, errors, rules);
    }

    private static Status status(String rule, String cell) {
        try {
            return Status.valueOf(cell.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("label '" + cell.strip() + "' for " + rule
                    + " is none of MET, WEAK, CONTRARY, MISSING", e);
        }
    }

    /** Per rule and half: agreement, presence scores and false assurance; then every disagreement with its evidence. */
    public static void print(Result result, String detailSplit, PrintStream out) {
        out.printf(Locale.ROOT, "clausecheck evaluation: %d contracts labelled per rule (%d write, %d check), %d errors%n",
                result.outcomes().size(), result.of("write").size(), result.of("check").size(), result.errors().size());
        result.errors().forEach(error -> out.println("  error: " + error));
        out.printf(Locale.ROOT, "  %-20s %-46s %s%n", "rule", "write half", "check half");
        int[][] totals = new int[2][3];
        for (String rule : result.rules()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-20s", rule));
            int column = 0;
            for (String split : List.of("write", "check")) {
                int[] agreement = result.agreement(rule, split);
                int falseMet = result.falseAssurance(rule, split);
                Scores presence = result.presence(rule, split);
                line.append(String.format(Locale.ROOT, " %-46s", String.format(Locale.ROOT,
                        "agree %d/%d, presence F1 %.2f, false MET %d", agreement[0], agreement[1], presence.f1(), falseMet)));
                totals[column][0] += agreement[0];
                totals[column][1] += agreement[1];
                totals[column][2] += falseMet;
                column++;
            }
            out.println(line.toString().stripTrailing());
        }
        out.printf(Locale.ROOT, "  %-20s %-46s %s%n", "all rules",
                String.format(Locale.ROOT, "agree %d/%d, false MET %d", totals[0][0], totals[0][1], totals[0][2]),
                String.format(Locale.ROOT, "agree %d/%d, false MET %d", totals[1][0], totals[1][1], totals[1][2]));
        out.println();
        out.printf(Locale.ROOT, "== disagreements (%s)%n", detailSplit.equals("all") ? "all contracts" : detailSplit + " half");
        for (Outcome outcome : result.of(detailSplit)) {
            for (String rule : result.rules()) {
                Finding finding = outcome.findings().get(rule);
                if (outcome.accepted().get(rule).contains(finding.status())) {
                    continue;
                }
                out.printf(Locale.ROOT, "- [%s] %s | %s: label %s -> %s%n", outcome.split(), outcome.file(), rule,
                        String.join("|", outcome.accepted().get(rule).stream().map(Status::name).toList()), finding.status());
                finding.evidence().stream().limit(2).forEach((Evidence e) -> out.printf(Locale.ROOT, "    %s %s: %s%n",
                        e.kind(), e.patternId(), e.quote().replaceAll("\\s+", " ").substring(0,
                                Math.min(200, e.quote().replaceAll("\\s+", " ").length()))));
            }
        }
    }
}
