package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractChecker;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.ProcessingError;
import org.clausecheck.annotate.compare.ComparisonMarkup;
import org.clausecheck.annotate.compare.ComparisonWriter;
import org.clausecheck.annotate.compare.DraftComparison;
import org.clausecheck.cli.ExitCode;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.RevisionView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausecheck compare OLD NEW}: two drafts of one contract in terms of the protections. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        header = "Compare two drafts of a contract: which protections closed, opened, weakened or strengthened.",
        description = "Reviews both drafts as 'check' does, each alone, and shows per protection the status before and"
                + " after and the change: closed (now MET), opened (was MET or WEAK, now MISSING or CONTRARY),"
                + " weakened, strengthened or unchanged, with the first quote of each side; then the clauses added,"
                + " removed and changed, each changed one with its word-level diff, and the key terms (parties,"
                + " dates, renewal, notice, governing law) that changed. One Word document alone (DOCX or DOC) is"
                + " compared as it was before its tracked changes with the same document with them accepted. Exits"
                + " with 4 when a required protection got worse (opened or weakened), for scripts that track a"
                + " negotiation.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clausecheck compare draft-v1.docx draft-v2.docx",
                "  clausecheck compare old.pdf new.docx --format json",
                "  clausecheck compare redlined-draft.docx --format html > changes.html",
        })
public final class CompareCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("text", "json", "markdown", "html");

    @Parameters(arity = "1..2", paramLabel = "DRAFT",
            description = "The old draft, then the new one (any format); or one Word document with tracked changes.")
    List<String> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown or html (default: ${DEFAULT-VALUE}); JSON lists 'protections' with"
                    + " ruleId, before, after and change, 'clauses' with change, section, before, after and words,"
                    + " and 'keyTerms' with term, before and after.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "': "
                    + String.join(", ", FORMATS));
        }
        if (files.size() == 1 && files.get(0).equals("-")) {
            throw new ParameterException(spec.commandLine(), "one draft is read twice (before and after its tracked"
                    + " changes): name a file, not standard input");
        }
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.Outcome read = files.size() == 1 ? bothViews(files.get(0))
                : new InputFiles(System.in).readAll(files, ExtractionOptions.defaults());
        if (!read.errors().isEmpty()) {
            read.errors().forEach(err::println);
            err.flush();
            return ExitCode.ERROR.code();
        }
        if (files.size() == 1 && !hasRevisions(read.documents().get(0).format())) {
            throw new ParameterException(spec.commandLine(), files.get(0) + ": only a Word document (DOCX or DOC)"
                    + " has tracked changes to compare; name two drafts");
        }
        AnalysisOptions options = AnalysisOptions.defaults().withInventory(new LazyInventoryReader());
        ContractChecker checker = new ContractChecker(options);
        List<DraftComparison.Draft> drafts = new ArrayList<>();
        for (ExtractedDocument document : read.documents()) {
            // Each draft is reviewed alone, as check reviews it; a one-file comparison has two views of one name.
            CheckReport report = checker.check(List.of(document), List.of());
            if (!report.errors().isEmpty() || report.documents().size() != 1) {
                report.errors().stream().map(ProcessingError::toString).forEach(err::println);
                err.flush();
                return ExitCode.ERROR.code();
            }
            drafts.add(new DraftComparison.Draft(name(document, drafts.size()), document, report.documents().get(0)));
        }
        DraftComparison comparison = DraftComparison.of(options.playbook(), drafts.get(0), drafts.get(1));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> ComparisonWriter.json(comparison, out);
            case "markdown" -> ComparisonMarkup.markdown(comparison, out);
            case "html" -> ComparisonMarkup.html(comparison, out);
            default -> ComparisonWriter.text(comparison, out);
        }
        return comparison.requiredGotWorse() ? ExitCode.GAPS_FOUND.code() : ExitCode.OK.code();
    }

    /** One document read twice: before its tracked changes, then with them accepted. */
    private static InputFiles.Outcome bothViews(String file) {
        InputFiles input = new InputFiles(System.in);
        InputFiles.Outcome original = input.readAll(List.of(file),
                ExtractionOptions.defaults().withRevisionView(RevisionView.ORIGINAL));
        if (!original.errors().isEmpty()) {
            return original;
        }
        InputFiles.Outcome accepted = input.readAll(List.of(file),
                ExtractionOptions.defaults().withRevisionView(RevisionView.ACCEPTED));
        List<ExtractedDocument> both = new ArrayList<>(original.documents());
        both.addAll(accepted.documents());
        return new InputFiles.Outcome(both, accepted.errors());
    }

    private String name(ExtractedDocument document, int index) {
        if (files.size() == 2) {
            return document.source();
        }
        return document.source() + (index == 0 ? " (original)" : " (tracked changes accepted)");
    }

    private static boolean hasRevisions(DocumentFormat format) {
        return format == DocumentFormat.DOCX || format == DocumentFormat.DOC;
    }
}
