package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractChecker;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.analyze.report.ProcessingError;
import org.clausecheck.annotate.compare.ComparisonWriter;
import org.clausecheck.annotate.compare.DraftComparison;
import org.clausecheck.cli.ExitCode;
import org.clausecheck.extract.ExtractionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausecheck compare OLD NEW}: two drafts of one contract in terms of the protections. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        header = "Compare two drafts of a contract: which protections closed, opened, weakened or strengthened.",
        description = "Reviews both drafts as 'check' does, each alone, and shows per protection the status before and"
                + " after and the change: closed (now MET), opened (was MET or WEAK, now MISSING or CONTRARY),"
                + " weakened, strengthened or unchanged, with the first quote of each side. Exits with 4 when a"
                + " required protection got worse (opened or weakened), for scripts that track a negotiation.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clausecheck compare draft-v1.docx draft-v2.docx",
                "  clausecheck compare old.pdf new.docx --format json",
        })
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2", paramLabel = "DRAFT", description = "The old draft, then the new one (any format).")
    List<String> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}); JSON lists 'protections' with ruleId, before,"
                    + " after and change.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format
                    + "': text or json");
        }
        InputFiles.Outcome read = new InputFiles(System.in).readAll(files, ExtractionOptions.defaults());
        PrintWriter err = spec.commandLine().getErr();
        if (!read.errors().isEmpty()) {
            read.errors().forEach(err::println);
            err.flush();
            return ExitCode.ERROR.code();
        }
        CheckReport report = new ContractChecker(AnalysisOptions.defaults()).check(read.documents(), List.of());
        if (!report.errors().isEmpty() || report.documents().size() != 2) {
            report.errors().stream().map(ProcessingError::toString).forEach(err::println);
            err.flush();
            return ExitCode.ERROR.code();
        }
        // The report orders documents its own way; the drafts are matched by the name each was read from.
        DraftComparison comparison = DraftComparison.of(report, document(report, read.documents().get(0).source()),
                document(report, read.documents().get(1).source()));
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ComparisonWriter.json(comparison, out);
        } else {
            ComparisonWriter.text(comparison, out);
        }
        return comparison.requiredGotWorse() ? ExitCode.GAPS_FOUND.code() : ExitCode.OK.code();
    }

    private static DocumentReport document(CheckReport report, String source) {
        return report.documents().stream().filter(d -> d.file().equals(source)).findFirst().orElseThrow();
    }
}
