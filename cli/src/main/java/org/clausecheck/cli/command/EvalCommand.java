package org.clausecheck.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausecheck.analyze.candidates.RelatedPassageEvaluation;
import org.clausecheck.analyze.candidates.SpanRecallEvaluation;
import org.clausecheck.analyze.eval.CorpusSplit;
import org.clausecheck.analyze.eval.CuadSignalEvaluation;
import org.clausecheck.analyze.eval.Evaluation;
import org.clausecheck.analyze.eval.StatusLabelEvaluation;
import org.clausecheck.analyze.parties.CustomerNotFoundException;
import org.clausecheck.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
                + " A|B where either is right) is measured per rule instead, as eval/drafts/labels.csv is.",
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
                    + " post-termination services, audit rights) from CUAD's labels.csv instead.")
    boolean cuad;

    @Option(names = "--spans",
            description = "Span recall from CUAD's labels.csv: for every expert span of the categories that map to a"
                    + " rule (IP ownership assignment, joint IP, licence grant: ip-ownership; post-termination"
                    + " services: knowledge-transfer, exit-assistance; audit rights, source code escrow:"
                    + " environment-access), whether the rule has evidence in a sentence overlapping it, and whether"
                    + " the candidate finder scores such a sentence above its threshold; per half.")
    boolean spans;

    @Option(names = "--split", paramLabel = "HALF", defaultValue = "all",
            converter = SplitConverter.class,
            description = "Which half of the fixed split to detail: write (the half rules are written from), check"
                    + " (the half only measured on) or all (default: ${DEFAULT-VALUE}). Both halves are always"
                    + " summarised side by side first; a contract's half follows from a hash of its id.")
    CorpusSplit split;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the evaluation to FILE.")
    Path output;

    @Mixin
    PlaybookOptions playbookOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (Path required : new Path[] {labels, corpus}) {
            if (!Files.exists(required)) {
                spec.commandLine().getErr().println(required + ": no such file or folder");
                return ExitCode.ERROR.code();
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<String> customerErrors = new ArrayList<>();
        try (PrintStream report = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            if (spans) {
                SpanRecallEvaluation.print(new SpanRecallEvaluation(playbookOptions.toAnalysisOptions().playbook())
                        .run(labels, corpus), report);
            } else if (cuad) {
                CuadSignalEvaluation.print(new CuadSignalEvaluation().run(labels, corpus), split, report, true);
            } else if (StatusLabelEvaluation.reads(labels)) {
                StatusLabelEvaluation.print(new StatusLabelEvaluation(playbookOptions.toAnalysisOptions()).run(labels,
                        corpus), split.label(), report);
            } else {
                Evaluation.Result result = new Evaluation(playbookOptions.toAnalysisOptions()).run(labels, corpus);
                // "ID: --customer ... does not occur in the contract; ...": never measured from another side.
                result.errors().stream().filter(error -> CustomerNotFoundException.isReason(
                        error.substring(error.indexOf(": ") + 2))).forEach(customerErrors::add);
                Evaluation.print(result, split, report);
                report.println();
                RelatedPassageEvaluation.print(result, report);
            }
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
        customerErrors.forEach(error -> spec.commandLine().getErr().println("clausecheck: " + error));
        spec.commandLine().getErr().flush();
        return customerErrors.isEmpty() ? ExitCode.OK.code() : ExitCode.USAGE.code();
    }
}
