package org.clausecheck.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.parties.CustomerNotFoundException;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.cli.ExitCode;
import org.clausecheck.eval.CorpusExtraction;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.eval.CuadSignalEvaluation;
import org.clausecheck.eval.Evaluation;
import org.clausecheck.eval.Protection;
import org.clausecheck.eval.StatusLabelEvaluation;
import org.clausecheck.eval.candidates.RelatedPassageEvaluation;
import org.clausecheck.eval.candidates.SpanRecallEvaluation;
import org.clausecheck.eval.inventory.InventoryEvaluation;
import org.clausecheck.extract.ExtractionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code clausecheck eval}: how well the playbook does on contracts whose answers are known. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        header = "Measure the playbook against labelled contracts: confusion matrices, precision, recall, F1.",
        description = "Runs the analyzer over every contract named in a labels CSV (columns id, ip_ownership,"
                + " documentation, environment_access, knowledge_transfer, confidence; labels as in"
                + " ../shared/corpus/labels/LABELING.md) and prints per protection the confusion matrix over"
                + " MET/WEAK/CONTRARY/MISSING, precision, recall and F1 of presence, false assurance (MET where the"
                + " label is MISSING or CONTRARY), with and without low-confidence labels, then every mistake with"
                + " its evidence. The corpus folder holds ID.pdf or ID.txt, directly or in pdf/ and txt/."
                + " Use it to test your own playbook edits on your own labelled contracts. A labels CSV with a 'file'"
                + " column, a 'split' column (write or check) and a column per rule id (MET, WEAK, CONTRARY, MISSING, or"
                + " A|B where either is right) is measured per rule instead, as eval/drafts/labels.csv is."
                + " A contract that cannot be measured is a line on standard error and exit code 1 (the others are"
                + " still measured); a contract that does not name the --customer given, exit code 2.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clausecheck eval --labels ../shared/corpus/labels/core-dev.csv \\",
                "      --corpus ../shared/corpus/cuad",
                "  clausecheck eval --split check \\",
                "      --labels ../shared/corpus/labels/core-dev.csv \\",
                "      --corpus ../shared/corpus/cuad",
                "  clausecheck eval --labels eval/drafts/labels.csv --corpus eval/drafts",
                "  clausecheck eval --labels my-labels.csv --corpus contracts/ \\",
                "      --playbook my-rules/playbook.yaml",
                "  clausecheck eval --cuad --labels ../shared/corpus/cuad/labels.csv \\",
                "      --corpus ../shared/corpus/cuad",
                "  clausecheck eval --cuad-inventory --split check \\",
                "      --labels ../shared/corpus/cuad/labels.csv --corpus ../shared/corpus/cuad",
                "  clausecheck eval --spans --labels ../shared/corpus/cuad/labels.csv \\",
                "      --corpus ../shared/corpus/cuad",
        })
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--labels", required = true, paramLabel = "CSV", description = "The labels file.")
    Path labels;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of the labelled contracts.")
    Path corpus;

    @Option(names = "--cuad",
            description = "Score CUAD's direction-free answers (IP assignment, joint IP, source code escrow,"
                    + " post-termination services, audit rights) from CUAD's labels.csv instead. These signals are a"
                    + " playbook of their own, read with no customer side: --playbook, --only and --customer do not"
                    + " apply and are refused with it (exit code 2).")
    boolean cuad;

    @Option(names = "--cuad-inventory",
            description = "Score the clause inventory and key terms against CUAD's labels.csv: per category of clause,"
                    + " precision, recall and F1 at contract level and their macro F1 (categories with at least 5"
                    + " positive contracts), per key term the share of contracts read right; per half of the fixed"
                    + " split. The inventory's model was trained on the write half: only the check half measures it."
                    + " Reads every contract twice (about 2 minutes for CUAD's 270). --playbook, --only and"
                    + " --customer do not apply and are refused with it (exit code 2).")
    boolean cuadInventory;

    @Option(names = "--spans",
            description = "Span recall from CUAD's labels.csv: for every expert span of the categories that map to a"
                    + " rule (IP ownership assignment, joint IP, licence grant: ip-ownership; post-termination"
                    + " services: knowledge-transfer, exit-assistance; audit rights, source code escrow:"
                    + " environment-access), whether the rule has evidence in a sentence overlapping it, and whether"
                    + " the candidate finder scores such a sentence above its threshold; per half. --playbook and"
                    + " --only apply; --customer, --split and --cuad are refused with it (exit code 2).")
    boolean spans;

    @Option(names = "--split", paramLabel = "HALF", defaultValue = "all",
            converter = SplitConverter.class,
            description = "Which half of the fixed split to detail: write (the half rules are written from), check"
                    + " (the half only measured on) or all (default: ${DEFAULT-VALUE}). Both halves are always"
                    + " summarised side by side first; a contract's half follows from a hash of its id.")
    CorpusSplit split;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the evaluation to FILE.")
    Path output;

    @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "never",
            description = "Read PDF pages by OCR (Tesseract): never (text layers only), auto (pages without a usable"
                    + " text layer) or always (every page) (default: ${DEFAULT-VALUE}). Unlike check and audit, eval"
                    + " reads text layers only by default, so that its figures measure the rules, are the same on"
                    + " machines with and without Tesseract (or another version of it), and a pass over CUAD does not"
                    + " spend minutes on OCR; --ocr auto measures the rules on what a scan's OCR gives.")
    OcrChoice ocr;

    @Mixin
    PlaybookOptions playbookOptions;

    @Spec
    CommandSpec spec;

    /** What is measured: the labels file's kind, or what --cuad and --spans ask for. */
    private enum Measurement { CORE_LABELS, STATUS_LABELS, CUAD_SIGNALS, CUAD_INVENTORY, SPAN_RECALL }

    @Override
    public Integer call() throws IOException {
        refuseOptionsThatDoNotApply();
        for (Path required : new Path[] {labels, corpus}) {
            if (!Files.exists(required)) {
                spec.commandLine().getErr().println(required + ": no such file or folder");
                return ExitCode.ERROR.code();
            }
        }
        Measurement measurement = spans ? Measurement.SPAN_RECALL : cuad ? Measurement.CUAD_SIGNALS
                : cuadInventory ? Measurement.CUAD_INVENTORY
                : StatusLabelEvaluation.reads(labels) ? Measurement.STATUS_LABELS : Measurement.CORE_LABELS;
        // The playbook, --only and --customer are checked once, before any contract is read.
        AnalysisOptions analysis = measurement == Measurement.CUAD_SIGNALS || measurement == Measurement.CUAD_INVENTORY
                ? null : playbookOptions.toAnalysisOptions(spec);
        refuseAPlaybookThatMeasuresNothing(measurement, analysis);
        ExtractionOptions extraction = CorpusExtraction.OPTIONS.withOcr(ocr.mode());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<String> errors;
        try (PrintStream report = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            errors = switch (measurement) {
                case SPAN_RECALL -> {
                    SpanRecallEvaluation.Result result = new SpanRecallEvaluation(analysis.playbook()).run(labels, corpus,
                            extraction);
                    SpanRecallEvaluation.print(result, report);
                    yield result.errors();
                }
                case CUAD_SIGNALS -> {
                    CuadSignalEvaluation.Result result = new CuadSignalEvaluation().run(labels, corpus, extraction);
                    CuadSignalEvaluation.print(result, split, report, true);
                    yield result.errors();
                }
                case CUAD_INVENTORY -> InventoryEvaluation.report(labels, corpus, split, report, extraction);
                case STATUS_LABELS -> {
                    StatusLabelEvaluation.Result result = new StatusLabelEvaluation(analysis).run(labels, corpus, extraction);
                    StatusLabelEvaluation.print(result, split.label(), report);
                    yield result.errors();
                }
                case CORE_LABELS -> {
                    Evaluation.Result result = new Evaluation(analysis).run(labels, corpus, extraction);
                    Evaluation.print(result, split, report);
                    report.println();
                    RelatedPassageEvaluation.print(result, report);
                    yield result.errors();
                }
            };
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
        return reportErrors(errors);
    }

    /** Each contract that could not be measured, one line ("ID: reason"); 2 when one lacks the --customer, else 1. */
    private int reportErrors(List<String> errors) {
        PrintWriter err = spec.commandLine().getErr();
        boolean customerNotFound = false;
        for (String error : errors) {
            // "ID: --customer ... does not occur in the contract; ...": never measured from another side.
            customerNotFound |= CustomerNotFoundException.isReason(error.substring(error.indexOf(": ") + 2));
            err.println("clausecheck: " + error);
        }
        err.flush();
        if (customerNotFound) {
            return ExitCode.USAGE.code();
        }
        return errors.isEmpty() ? ExitCode.OK.code() : ExitCode.ERROR.code();
    }

    private void refuseOptionsThatDoNotApply() {
        ParseResult given = spec.commandLine().getParseResult();
        if ((cuad ? 1 : 0) + (spans ? 1 : 0) + (cuadInventory ? 1 : 0) > 1) {
            throw new OptionValueException(spec.commandLine(),
                    "--cuad, --cuad-inventory and --spans are three measurements; give one");
        }
        List<String> refused = new ArrayList<>();
        List<String> options = cuad || cuadInventory ? List.of("--playbook", "--only", "--customer")
                : spans ? List.of("--customer", "--split") : List.of();
        for (String option : options) {
            if (given.hasMatchedOption(option)) {
                refused.add(option);
            }
        }
        if (!refused.isEmpty()) {
            throw new OptionValueException(spec.commandLine(), String.join(", ", refused) + " cannot apply to "
                    + (cuad ? "--cuad, which scores CUAD's own signals with no customer side"
                    : cuadInventory ? "--cuad-inventory, which reads no protection"
                    : "--spans, which reads the parties as found and reports both halves"));
        }
    }

    private void refuseAPlaybookThatMeasuresNothing(Measurement measurement, AnalysisOptions analysis)
            throws IOException {
        List<String> measured = switch (measurement) {
            case CORE_LABELS -> Evaluation.measured(analysis).stream().map(Protection::ruleId).toList();
            case STATUS_LABELS -> StatusLabelEvaluation.measuredRules(labels, analysis);
            case CUAD_SIGNALS, CUAD_INVENTORY, SPAN_RECALL -> List.of("(its own)");
        };
        if (measured.isEmpty()) {
            throw new OptionValueException(spec.commandLine(), "the rules to apply ("
                    + String.join(", ", analysis.playbook().rules().stream().map(Rule::id).toList())
                    + ") include none that " + labels + " labels");
        }
    }
}
