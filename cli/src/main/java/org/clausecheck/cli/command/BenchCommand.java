package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausecheck.cli.ExitCode;
import org.clausecheck.eval.bench.PipelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausecheck bench}: how fast extraction and analysis are, against plain PDFBox on the same files. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        header = "Time extraction and analysis over a folder of PDFs against plain PDFBox.",
        description = "Single-threaded, in one JVM: after a warm-up round, each round runs plain PDFBox"
                + " PDFTextStripper.getText over every PDF, then clausecheck's extraction and analysis, timed"
                + " separately. Prints each round and the medians with their ratios. Set the heap with"
                + " CLAUSECHECK_JAVA_OPTS, e.g. -Xmx256m.",
        footerHeading = "%nExample:%n",
        footer = {
                "  CLAUSECHECK_JAVA_OPTS=-Xmx256m \\",
                "      clausecheck bench ../shared/corpus/cuad/pdf --rounds 5",
        })
public final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder of PDF files.")
    Path folder;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println(folder + ": not a folder");
            return ExitCode.ERROR.code();
        }
        List<Path> pdfs = PipelineBenchmark.pdfsIn(folder);
        if (pdfs.isEmpty() || rounds < 1) {
            err.println(folder + ": no PDF files to measure (or --rounds below 1)");
            return ExitCode.ERROR.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        PipelineBenchmark.Result result = new PipelineBenchmark(pdfs).run(rounds, out);
        out.println(PipelineBenchmark.summary(result));
        out.flush();
        return ExitCode.OK.code();
    }
}
