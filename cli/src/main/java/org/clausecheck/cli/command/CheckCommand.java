package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractChecker;
import org.clausecheck.analyze.parties.CustomerNotFoundException;
import org.clausecheck.analyze.playbook.PlaybookException;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.FailLevel;
import org.clausecheck.analyze.report.ProcessingError;
import org.clausecheck.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausecheck check}: the pre-signature review of one or more contracts. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        header = "Review contracts before signature: which protections are met, weak, contrary or missing.",
        description = "Judges each protection of the playbook from the customer's side (MET, WEAK, CONTRARY, "
                + "MISSING), cites the evidence with page, section and quote, and gives the language to ask for. "
                + "By default a required protection that is MISSING or CONTRARY makes the command exit with 4; a file"
                + " that does not name the --customer given fails with 2, and the other files are still reviewed.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clausecheck check vendor-draft.docx",
                "  clausecheck check contract.pdf --format html -o review.html",
                "  clausecheck check *.pdf --format json --fail-on contrary",
                "  clausecheck check draft.pdf --customer \"Acme Corp.\" \\",
                "      --only ip-ownership,knowledge-transfer",
        })
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract files; '-' reads standard input.")
    List<String> files;

    @Option(names = "--fail-on", defaultValue = "missing", paramLabel = "LEVEL",
            converter = FailLevelConverter.class,
            description = "Exit with 4 when a required protection is at or below this level: weak (WEAK, MISSING"
                    + " or CONTRARY), missing (MISSING or CONTRARY), contrary, or never (default: ${DEFAULT-VALUE}).")
    FailLevel failOn;

    @Mixin
    PlaybookOptions playbookOptions;

    @Mixin
    ReportOutput reportOutput;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AnalysisOptions analysisOptions = analysisOptions();
        try {
            reportOutput.renderer();
        } catch (IllegalArgumentException unknownFormat) {
            throw new ParameterException(spec.commandLine(), unknownFormat.getMessage());
        }
        InputFiles.Outcome read = new InputFiles(System.in).readAll(files, input.toExtractionOptions());
        CheckReport report = new ContractChecker(analysisOptions).check(read.documents(), read.errors());
        PrintWriter err = spec.commandLine().getErr();
        boolean customerNotFound = false;
        for (ProcessingError error : report.errors()) {
            // A --customer that a file does not name is a command-line error for that file, never ignored.
            if (CustomerNotFoundException.isReason(error.reason())) {
                customerNotFound = true;
                err.println("clausecheck: " + error);
            } else {
                err.println(error);
            }
        }
        err.flush();
        reportOutput.write(report, spec.commandLine().getOut());
        if (customerNotFound) {
            return ExitCode.USAGE.code();
        }
        if (!report.errors().isEmpty()) {
            return ExitCode.ERROR.code();
        }
        return failOn.fails(report) ? ExitCode.GAPS_FOUND.code() : ExitCode.OK.code();
    }

    private AnalysisOptions analysisOptions() {
        try {
            return playbookOptions.toAnalysisOptions();
        } catch (PlaybookException e) {
            if (e.getMessage().startsWith("unknown rule id")) {
                throw new ParameterException(spec.commandLine(), "--only: " + e.getMessage());
            }
            throw e;
        }
    }
}
