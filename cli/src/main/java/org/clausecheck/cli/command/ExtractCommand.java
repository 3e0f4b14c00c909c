package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausecheck.analyze.report.ExtractionJsonWriter;
import org.clausecheck.analyze.report.ExtractionReport;
import org.clausecheck.analyze.report.ExtractionTextWriter;
import org.clausecheck.analyze.report.ProcessingError;
import org.clausecheck.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clausecheck extract}: shows the structured document clausecheck reads from each file. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        header = "Show the structured text clausecheck reads from contracts.",
        description = "Prints each contract as blocks with page, kind and section number, plus running "
                + "headers and footers, metadata and warnings: exactly what clausecheck reads and cites. "
                + "Reads PDF, DOCX, DOC, TXT and Markdown, detected by content, not by file name.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clausecheck extract contract.pdf",
                "  clausecheck extract draft.docx --original --format json -o draft.json",
                "  cat terms.txt | clausecheck extract -",
        })
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats of this command. */
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract files; '-' reads standard input.")
    List<String> files;

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
    Path output;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        InputFiles.Outcome outcome = new InputFiles(System.in).readAll(files, input.toExtractionOptions());
        ExtractionReport report = new ExtractionReport(outcome.documents(), outcome.errors());
        PrintWriter err = spec.commandLine().getErr();
        for (ProcessingError error : report.errors()) {
            err.println(error);
        }
        err.flush();
        if (output == null) {
            write(report, spec.commandLine().getOut());
        } else {
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(report, writer);
            }
        }
        return report.errors().isEmpty() ? ExitCode.OK.code() : ExitCode.ERROR.code();
    }

    private void write(ExtractionReport report, Writer out) throws IOException {
        if (format == Format.json) {
            new ExtractionJsonWriter().write(report, out);
        } else {
            PrintWriter printer = out instanceof PrintWriter p ? p : new PrintWriter(out);
            new ExtractionTextWriter().write(report, printer);
        }
        out.flush();
    }
}
