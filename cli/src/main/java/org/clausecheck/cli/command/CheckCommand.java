package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.inventory.ClauseInventoryReader;
import org.clausecheck.analyze.ContractChecker;
import org.clausecheck.analyze.parties.CustomerNotFoundException;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.analyze.report.FailLevel;
import org.clausecheck.analyze.report.ProcessingError;
import org.clausecheck.analyze.report.ReadCoverage;
import org.clausecheck.analyze.waiver.Waivers;
import org.clausecheck.cli.ClauseCheck;
import org.clausecheck.cli.ExitCode;
import org.clausecheck.extract.Extractor;
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
                + " that does not name the --customer given fails with 2, and the other files are still reviewed."
                + " A document read in part (pages that could not be read) says so in every format, and exits with"
                + " 1 unless --allow-partial. A gap accepted in a --waivers file is shown as waived and does not"
                + " count for --fail-on until its date has passed.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clausecheck check vendor-draft.docx",
                "  clausecheck check contract.pdf --format html -o review.html",
                "  clausecheck check *.pdf --format json --fail-on contrary",
                "  clausecheck check draft.pdf --customer \"Acme Corp.\" \\",
                "      --only ip-ownership,knowledge-transfer",
                "  clausecheck check vendor-draft.docx --annotate reviewed.docx",
                "  clausecheck check vendor-draft.docx --annotate reviewed.docx --suggest",
                "  clausecheck check contract.pdf --annotate reviewed.pdf",
        })
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract files; '-' reads standard input.")
    List<String> files;

    @Option(names = "--fail-on", defaultValue = "missing", paramLabel = "LEVEL",
            converter = FailLevelConverter.class,
            description = "Exit with 4 when a required protection is at or below this level: weak (WEAK, MISSING"
                    + " or CONTRARY), missing (MISSING or CONTRARY), contrary, or never (default: ${DEFAULT-VALUE}).")
    FailLevel failOn;

    @Option(names = "--no-inventory",
            description = "Leave out the clause inventory (which of CUAD's 33 categories of clause the contract holds,"
                    + " with evidence) and the key terms (parties, dates, renewal, governing law).")
    boolean noInventory;

    @Option(names = "--allow-partial",
            description = "Judge a document read in part (pages that could not be read, a file cut short) by the"
                    + " fail level like any other; without it such a document makes the command exit with 1.")
    boolean allowPartial;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Give up reading a file after this long (a long scan read by OCR, a file a parser hangs on);"
                    + " it fails with one line, exit code 1, and the other files are still reviewed (default: no"
                    + " limit).")
    long timeoutSeconds;

    @Option(names = "--no-progress",
            description = "No count of OCR pages on standard error while a long scan (5 pages or more) is read.")
    boolean noProgress;

    @Mixin
    PlaybookOptions playbookOptions;

    @Mixin
    ReportOutput reportOutput;

    @Mixin
    InputOptions input;

    @Mixin
    WaiverOptions waiverOptions;

    @Mixin
    AnnotateOptions annotateOptions;

    @Spec
    CommandSpec spec;

    /** Tests replace the extractor to slow extractions (--timeout); null for the default one. */
    Extractor extractor;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (timeoutSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 0 (no limit) or more seconds");
        }
        AnalysisOptions playbook = playbookOptions.toAnalysisOptions(spec);
        AnalysisOptions analysisOptions = noInventory ? playbook : playbook.withInventory(ClauseInventoryReader.shipped());
        try {
            reportOutput.renderer();
        } catch (IllegalArgumentException unknownFormat) {
            throw new ParameterException(spec.commandLine(), unknownFormat.getMessage());
        }
        OutputFile.requireFolder(reportOutput.output, spec);
        Waivers waivers = waiverOptions.load(spec, playbookOptions.playbook, LocalDate.now());
        annotateOptions.validate(files, spec);
        InputFiles inputFiles = new InputFiles(System.in, extractor != null ? extractor
                : Verbosity.quiet(spec) || noProgress ? new Extractor()
                : Extractor.withOcrProgress(new OcrProgressLine(spec.commandLine().getErr(),
                        ClauseCheck.writesToTerminal(spec))));
        InputFiles.Outcome read = timeoutSeconds == 0 ? inputFiles.readAll(files, input.toExtractionOptions())
                : inputFiles.readAll(files, input.toExtractionOptions(), Duration.ofSeconds(timeoutSeconds));
        CheckReport report = new ContractChecker(analysisOptions).check(read.documents(), read.errors())
                .withWaivers(waivers);
        PrintWriter err = spec.commandLine().getErr();
        if (!Verbosity.quiet(spec)) {
            WaiverOptions.reportExpired(waivers, err);
        }
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
        reportOutput.write(report, spec.commandLine().getOut(), ClauseCheck.writesToTerminal(spec));
        ExitCode annotated = annotateOptions.write(report, read.documents(),
                input.toExtractionOptions().revisionView(), err, Verbosity.quiet(spec));
        if (customerNotFound || annotated == ExitCode.USAGE) {
            return ExitCode.USAGE.code();
        }
        if (!report.errors().isEmpty() || annotated == ExitCode.ERROR) {
            return ExitCode.ERROR.code();
        }
        if (!allowPartial && anyReadInPart(report, err)) {
            return ExitCode.ERROR.code();
        }
        return failOn.fails(report) ? ExitCode.GAPS_FOUND.code() : ExitCode.OK.code();
    }

    /** One line per document read in part: its review is incomplete, which a script must not take for done. */
    private static boolean anyReadInPart(CheckReport report, PrintWriter err) {
        boolean any = false;
        for (DocumentReport document : report.documents()) {
            ReadCoverage coverage = ReadCoverage.of(document);
            if (coverage.partial()) {
                any = true;
                err.println("clausecheck: " + document.file() + ": read in part (" + coverage.summary()
                        + "); the review is incomplete (--allow-partial accepts it)");
            }
        }
        err.flush();
        return any;
    }
}
