package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.RenderOptions;
import org.clausecheck.analyze.report.ReportRenderer;
import org.clausecheck.analyze.report.RendererFactory;
import picocli.CommandLine.Option;

/** Where and how a report is written; shared by the commands that write reports. */
public final class ReportOutput {

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: text, json, markdown, csv, html or sarif (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--no-color", description = "No colours in terminal output (also when NO_COLOR is set).")
    boolean noColor;

    /** Fails fast, before any file is read, when the format name is unknown. */
    ReportRenderer renderer() {
        return RendererFactory.byName(format);
    }

    /** @param terminal whether standard output is a person's terminal */
    void write(CheckReport report, PrintWriter standardOut, boolean terminal) throws IOException {
        ReportRenderer renderer = renderer();
        if (output == null) {
            renderer.render(report, new RenderOptions(useColor(terminal)), standardOut);
            standardOut.flush();
            return;
        }
        try (Writer file = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
            renderer.render(report, RenderOptions.plain(), file);
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new IOException("cannot write the report to " + output + ": "
                    + (e instanceof NoSuchFileException ? "its folder does not exist" : "permission denied"), e);
        }
    }

    /** Colour only for a person at a terminal: never in files or pipes, never when asked not to. */
    private boolean useColor(boolean terminal) {
        return !noColor && terminal && System.getenv("NO_COLOR") == null;
    }
}
