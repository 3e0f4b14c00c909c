package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.parties.CustomerNotFoundException;
import org.clausecheck.portfolio.AuditResult;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.portfolio.AuditRunner;
import org.clausecheck.portfolio.AuditSettings;
import org.clausecheck.portfolio.AuditVerdict;
import org.clausecheck.portfolio.ContractSource;
import org.clausecheck.portfolio.PortfolioIndex;
import org.clausecheck.portfolio.PortfolioAnnotator;
import org.clausecheck.portfolio.PortfolioLocation;
import org.clausecheck.portfolio.PortfolioReader;
import org.clausecheck.portfolio.PortfolioScanner;
import org.clausecheck.portfolio.ProgressListener;
import org.clausecheck.portfolio.ProgressReporter;
import org.clausecheck.portfolio.ScanResult;
import org.clausecheck.portfolio.output.AuditFormat;
import org.clausecheck.portfolio.output.AuditOutput;
import org.clausecheck.analyze.report.FailLevel;
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

/** {@code clausecheck audit}: a portfolio of signed agreements into a matrix and a searchable index. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        header = "Audit a portfolio of contracts: a matrix of contract x protection and a searchable index.",
        description = {
                "Finds the contracts under each folder by content (other files are counted and skipped), extracts"
                        + " and analyses them in parallel, and stores documents, clauses and findings in a Lucene"
                        + " index ('.clausecheck/' in the current folder, where 'search' looks too, or --index). A"
                        + " re-audit only reads files whose content or playbook changed; deleted files leave the index.",
                "",
                "A file that cannot be read or takes longer than --timeout is a row with its reason; the run"
                        + " goes on. Exit codes: 2 for an invalid command line (also -o in a folder that does not"
                        + " exist) or a file that does not name the --customer given (each such file is a row with"
                        + " the parties it names, and a line on standard error); 1 when a file named or found could"
                        + " not be audited, or the index cannot be written, or a contract was read only in part"
                        + " (unless --allow-partial); 4 when a required protection of any audited contract is at or"
                        + " below --fail-on and no --waivers entry in force accepts it; 0 otherwise.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
                "  clausecheck audit contracts/",
                "  clausecheck audit contracts/ --format xlsx -o portfolio.xlsx",
                "  clausecheck audit contracts/ --format html -o audit.html -j 4 --timeout 120",
                "  clausecheck audit a/ b/ --index ~/portfolio --format jsonl > findings.jsonl",
                "  clausecheck audit contracts/ --annotate-to reviewed/",
                "  clausecheck search --rule knowledge-transfer --status missing",
        })
public final class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Folders (searched recursively) and files.")
    List<Path> inputs;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files processed at the same time (default: the number of cores).")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a file after this long; it becomes a failure row (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The portfolio index (default: .clausecheck/ in the current folder, where search looks).")
    Path index;

    @Option(names = "--format", defaultValue = "matrix", paramLabel = "FORMAT",
            description = "Output: matrix (terminal), csv, xlsx (needs -o), jsonl or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE.")
    Path output;

    @Option(names = "--excel",
            description = "With --format csv: start with a UTF-8 byte-order mark, so that Microsoft Excel shows curly"
                    + " quotes and accents right. Not the default, because a mark before the first header breaks"
                    + " scripts and tools that read the CSV as plain UTF-8 (--format xlsx needs neither).")
    boolean excel;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the matrix: auto (only on a terminal, and not when NO_COLOR is set), always or"
                    + " never (default: ${DEFAULT-VALUE}). A file written with -o never has colour.")
    ColorMode color;

    @Option(names = "--no-color", description = "The same as --color=never.")
    boolean noColor;

    @Option(names = "--no-progress", description = "No progress on standard error (--quiet also drops the summary"
            + " and the warnings).")
    boolean noProgress;

    @Option(names = "--rehash",
            description = "Hash every file the index knows, even one whose size and modification time are those"
                    + " it had when it was last read (by default such a file is taken as unchanged, as git and"
                    + " rsync do).")
    boolean rehash;

    @Option(names = "--fail-on", defaultValue = "missing", paramLabel = "LEVEL", converter = FailLevelConverter.class,
            description = "Exit with 4 when a required protection of any contract is at or below this level: weak,"
                    + " missing (MISSING or CONTRARY), contrary, or never (default: ${DEFAULT-VALUE}).")
    FailLevel failOn;

    @Option(names = "--allow-partial",
            description = "Judge contracts read in part (pages that could not be read, a file cut short) by the fail"
                    + " level like the others; without it such a contract makes the command exit with 1. Either way"
                    + " every output marks them and names the pages.")
    boolean allowPartial;
    @Option(names = "--no-inventory",
            description = "Leave out the clause inventory (which of CUAD's 33 categories of clause each contract holds)"
                    + " and the key terms (parties, dates, renewal, governing law): their columns in csv and xlsx,"
                    + " their objects in jsonl, and what search filters with --category, --expires-before,"
                    + " --expires-after, --governing-law and --renews.")
    boolean noInventory;

    @Option(names = "--annotate-to", paramLabel = "DIR",
            description = "Also write an annotated copy of every contract audited under DIR, with the path it has"
                    + " below the folder named (as check --annotate writes one): a PDF gets highlights with notes, a"
                    + " DOCX Word comments, a DOC, TXT or Markdown file a DOCX of its text with the comments. DIR is"
                    + " created; it may not lie inside a folder audited. A copy that cannot be written is one line"
                    + " and exit code 1; the others are still written.")
    Path annotateTo;

    @Option(names = "--suggest",
            description = "With --annotate-to: also insert into each DOCX copy (a DOCX, DOC, TXT or Markdown"
                    + " contract's) the language to request for each required protection that is MISSING, as a"
                    + " tracked insertion by clausecheck at the end of the section its comment stands in, as check"
                    + " --annotate --suggest does. A PDF's copy gets its highlights and notes only.")
    boolean suggest;

    @Mixin
    PlaybookOptions playbookOptions;

    @Mixin
    WaiverOptions waiverOptions;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    /** Tests replace the extractor to count or slow extractions. */
    ContractSource source;

    @Override
    public Integer call() throws IOException, InterruptedException {
        AuditFormat auditFormat = formatOrUsageError();
        OutputFile.requireFolder(output, spec);
        if (suggest && annotateTo == null) {
            throw new ParameterException(spec.commandLine(),
                    "--suggest inserts language into the annotated copies: name their folder (--annotate-to DIR)");
        }
        requireAnnotationFolderOutsideInputs();
        int workers = workers();
        PrintWriter err = spec.commandLine().getErr();
        Path indexFolder = index != null ? index : PortfolioLocation.defaultFolder();
        // A playbook, --only or --customer of the user's is checked before anything is read; otherwise the folders
        // are scanned first, while the default playbook is still being read on another thread (ClauseCheck).
        AnalysisOptions analysis = playbookOptions.given() ? playbookOptions.toAnalysisOptions(spec) : null;
        Waivers waivers = waiverOptions.load(spec, playbookOptions.playbook, LocalDate.now());
        ScanResult scan = new PortfolioScanner(indexFolder).scan(inputs);
        AuditSettings settings = settings(workers, analysis != null ? analysis : playbookOptions.toAnalysisOptions(spec));
        scan.missing().forEach(missing -> err.println(missing + ": no such file or folder"));
        ContractSource contracts = source != null ? source : ContractSource.of(new Extractor(), settings.extraction());
        boolean quiet = Verbosity.quiet(spec);
        ProgressListener progress = quiet ? ProgressListener.none()
                : noProgress ? warningsOnly(err) : new ProgressReporter(err, ClauseCheck.writesToTerminal(spec));
        AuditResult result;
        try (PortfolioIndex portfolio = PortfolioIndex.open(indexFolder)) {
            result = new AuditRunner(settings, contracts).run(scan, portfolio, progress);
        } catch (LockObtainFailedException e) {
            err.println("clausecheck: the index at " + indexFolder + " is in use by another audit");
            return ExitCode.ERROR.code();
        } catch (IOException e) {
            err.println("clausecheck: " + (PortfolioLocation.isDamage(e) ? PortfolioLocation.damaged(indexFolder, e)
                    : "cannot write the index at " + PortfolioLocation.shown(indexFolder) + ": " + e.getMessage()));
            return ExitCode.ERROR.code();
        }
        // An input named that does not exist is a file that could not be audited, as a failed one is.
        long failed = result.failed() + scan.missing().size();
        if (!quiet) {
            printSummary(err, result, failed, workers, indexFolder);
        }
        try (PortfolioReader reader = PortfolioReader.open(indexFolder)) {
            AuditOutput audit = new AuditOutput(settings.analysis().playbook(), result, reader, waivers, !noInventory);
            if (output != null) {
                auditFormat.write(audit, output, excel);
            } else {
                if (excel) {
                    spec.commandLine().getOut().write(AuditFormat.BYTE_ORDER_MARK);
                }
                auditFormat.write(audit, spec.commandLine().getOut(), useColor());
            }
        }
        // A --customer that a file does not name: one line per file, exit 2; the other files were audited.
        boolean customerNotFound = false;
        for (AuditRow row : result.rows()) {
            if (row.failed() && CustomerNotFoundException.isReason(row.error())) {
                customerNotFound = true;
                err.println("clausecheck: " + row.file() + ": " + row.error());
            }
        }
        if (!quiet) {
            WaiverOptions.reportExpired(waivers, err);
        }
        boolean annotationFailed = annotateTo != null && !annotate(scan, result, settings, err, quiet);
        err.flush();
        if (customerNotFound) {
            return ExitCode.USAGE.code();
        }
        if (annotationFailed) {
            return ExitCode.ERROR.code();
        }
        if (result.audited() == 0) {
            err.println("clausecheck: nothing could be audited" + (result.rows().isEmpty() ? " (no contracts found)" : ""));
            return ExitCode.ERROR.code();
        }
        if (failed > 0) {
            // As check does: a file that could not be read is exit 1, before any gap, so a script never takes a
            // portfolio with unread contracts for one fully reviewed.
            err.println("clausecheck: " + failed + (failed == 1 ? " file" : " files") + " could not be audited"
                    + " (the rows and lines above say why)");
            return ExitCode.ERROR.code();
        }
        if (!allowPartial && anyReadInPart(result, err)) {
            return ExitCode.ERROR.code();
        }
        return AuditVerdict.fails(failOn, settings.analysis().playbook(), result, waivers)
                ? ExitCode.GAPS_FOUND.code() : ExitCode.OK.code();
    }

    /** The annotated copies; false when one could not be written (a line each says why). */
    private boolean annotate(ScanResult scan, AuditResult result, AuditSettings settings, PrintWriter err,
                             boolean quiet) {
        PortfolioAnnotator.Outcome outcome = new PortfolioAnnotator(settings, suggest).annotate(scan, result, inputs,
                annotateTo);
        outcome.failures().forEach(failure -> err.println("clausecheck: " + failure));
        if (!quiet) {
            err.println("audit: " + outcome.written() + " annotated " + (outcome.written() == 1 ? "copy" : "copies")
                    + " in " + annotateTo + (suggest ? " (" + outcome.suggested() + " tracked insertion"
                    + (outcome.suggested() == 1 ? "" : "s") + ")" : ""));
        }
        return outcome.failures().isEmpty();
    }

    /** Copies inside an audited folder would be audited as contracts the next time. */
    private void requireAnnotationFolderOutsideInputs() {
        if (annotateTo == null) {
            return;
        }
        Path folder = annotateTo.toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path root = input.toAbsolutePath().normalize();
            if (Files.isDirectory(root) && folder.startsWith(root)) {
                throw new ParameterException(spec.commandLine(), "--annotate-to " + annotateTo + " lies inside "
                        + input + ", which is audited: the copies would be audited as contracts next time");
            }
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "--annotate-to " + annotateTo + " is a file, not a folder");
        }
    }

    /** As check does: one line per contract read in part, whose review is incomplete; a script must not take it for done. */
    private static boolean anyReadInPart(AuditResult result, PrintWriter err) {
        boolean any = false;
        for (AuditRow row : result.rows()) {
            if (row.readInPart()) {
                any = true;
                err.println("clausecheck: " + row.file() + ": read in part (" + row.unread()
                        + "); the review is incomplete (--allow-partial accepts it)");
            }
        }
        err.flush();
        return any;
    }

    private static void printSummary(PrintWriter err, AuditResult result, long failed, int workers, Path indexFolder) {
        err.printf(Locale.ROOT, "audit: %d contracts audited, %d failed (%d files read, %d unchanged since the last"
                        + " audit), %d other files skipped, %d removed from the index, in %.1f s on %d %s; index: %s%n",
                result.audited(), failed, result.analysed(), result.reused(), result.skippedCount(),
                result.removed(), result.elapsed().toMillis() / 1000.0, workers, workers == 1 ? "thread" : "threads",
                PortfolioLocation.shown(indexFolder));
        // Why files were skipped, so that none is left out without a word (links, images, code).
        result.skipped().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(skip ->
                err.printf(Locale.ROOT, "audit: skipped %d: %s%n", skip.getValue(), skip.getKey()));
        err.flush();
    }

    private AuditFormat formatOrUsageError() {
        try {
            AuditFormat chosen = AuditFormat.byName(format);
            if (chosen.binary() && output == null) {
                throw new ParameterException(spec.commandLine(), "--format " + format + " needs -o FILE");
            }
            if (excel && chosen != AuditFormat.CSV) {
                throw new ParameterException(spec.commandLine(), "--excel applies to --format csv only, not " + format);
            }
            return chosen;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private int workers() {
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs and --timeout must be at least 1");
        }
        return workers;
    }

    private AuditSettings settings(int workers, AnalysisOptions analysis) {
        // Files already run in parallel: each file's OCR gets its share of the cores, not all of them.
        int ocrThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / workers);
        return new AuditSettings(workers, Duration.ofSeconds(timeoutSeconds),
                input.toExtractionOptions().withOcrThreads(ocrThreads),
                noInventory ? analysis : analysis.withInventory(new LazyInventoryReader()), rehash);
    }

    /** Without progress, warnings are still one line each on standard error. */
    private static ProgressListener warningsOnly(PrintWriter err) {
        return new ProgressListener() {
            @Override
            public void started(int total) {
            }

            @Override
            public void fileDone(org.clausecheck.portfolio.AuditRow row) {
            }

            @Override
            public void finished() {
            }

            @Override
            public void warning(org.clausecheck.portfolio.AuditRow row, String message) {
                err.println(row.file() + ": warning: " + message);
                err.flush();
            }
        };
    }

    /** By default colour only for a person at a terminal. */
    private boolean useColor() {
        return ColorMode.forStandardOutput(color, noColor, ClauseCheck.writesToTerminal(spec));
    }
}
