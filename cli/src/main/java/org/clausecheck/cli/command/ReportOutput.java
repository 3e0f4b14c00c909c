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

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (only on a terminal, and not when NO_COLOR is set), always or"
                    + " never (default: ${DEFAULT-VALUE}). A file written with -o never has colour.")
    ColorMode color;

    @Option(names = "--no-color", description = "The same as --color=never.")
    boolean noColor;

    @Option(names = "--excel",
            description = "With --format csv: start with a UTF-8 byte-order mark, so that Microsoft Excel shows curly"
                    + " quotes and accents right. Not the default, because a mark before the first header breaks"
                    + " scripts and tools that read the CSV as plain UTF-8.")
    boolean excel;

    /** Fails fast, before any file is read, when the format name is unknown or --excel is given without csv. */
    ReportRenderer renderer() {
        ReportRenderer renderer = RendererFactory.byName(format);
        if (excel && !renderer.name().equals("csv")) {
            throw new IllegalArgumentException("--excel applies to --format csv only, not " + renderer.name());
        }
        return renderer;
    }

    /** @param terminal whether standard output is a person's terminal */
    void write(CheckReport report, PrintWriter standardOut, boolean terminal) throws IOException {
        ReportRenderer renderer = renderer();
        if (output == null) {
            writeByteOrderMark(standardOut);
            renderer.render(report, new RenderOptions(useColor(terminal)), standardOut);
            standardOut.flush();
            return;
        }
        try (Writer file = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
            writeByteOrderMark(file);
            renderer.render(report, RenderOptions.plain(), file);
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new IOException("cannot write the report to " + output + ": "
                    + (e instanceof NoSuchFileException ? "its folder does not exist" : "permission denied"), e);
        }
    }

    /** U+FEFF, which UTF-8 writes as EF BB BF: how Excel tells a UTF-8 CSV from one in the local code page. */
    private void writeByteOrderMark(Writer out) throws IOException {
        if (excel) {
            out.write('\uFEFF');
        }
    }

    /** By default colour only for a person at a terminal: never in files or pipes, never when asked not to. */
    private boolean useColor(boolean terminal) {
        return ColorMode.forStandardOutput(color, noColor, terminal);
    }
}
