package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.annotate.Annotation;
import org.clausecheck.annotate.AnnotationPlanner;
import org.clausecheck.annotate.AnnotationResult;
import org.clausecheck.annotate.DocxAnnotator;
import org.clausecheck.annotate.ExtractedTextDocx;
import org.clausecheck.cli.ExitCode;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.RevisionView;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code check --annotate FILE}: the contract itself with a Word comment on each finding. */
public final class AnnotateOptions {

    static final String PDF_NOT_SUPPORTED = "annotating PDF is not supported yet";

    @Option(names = "--annotate", paramLabel = "FILE.docx",
            description = "Also write FILE.docx: a copy of the contract with a Word comment (author clausecheck) on the"
                    + " evidence of every finding (status, rule, reason, the language to request) and, for each"
                    + " required protection that is MISSING, one at its most related passage or at the title. A DOCX"
                    + " keeps everything else as it was; a DOC, TXT or Markdown input gives a DOCX of the text"
                    + " clausecheck read (headings as headings) with the comments. PDF is not supported yet."
                    + " One contract file only.")
    Path annotate;

    /** Usage errors before any file is read: one contract file, a writable .docx that is not the input. */
    void validate(List<String> files, CommandSpec spec) {
        if (annotate == null) {
            return;
        }
        if (files.size() != 1 || files.get(0).equals("-")) {
            throw new ParameterException(spec.commandLine(), "--annotate takes exactly one contract file, not "
                    + (files.size() == 1 ? "standard input" : files.size() + " files"));
        }
        OutputFile.requireFolder(annotate, spec);
        Path input = Path.of(files.get(0));
        if (lowerName(input).endsWith(".pdf")) {
            throw new ParameterException(spec.commandLine(), input + ": " + PDF_NOT_SUPPORTED);
        }
        if (!lowerName(annotate).endsWith(".docx")) {
            throw new ParameterException(spec.commandLine(), "cannot write " + annotate
                    + ": an annotated copy is a Word document, name it .docx");
        }
        if (sameFile(input, annotate)) {
            throw new ParameterException(spec.commandLine(), "cannot write " + annotate
                    + ": it is the contract itself; name another file for the annotated copy");
        }
    }

    /**
     * Writes the annotated copy of the one document read; returns the exit code this step calls for (OK when there
     * was nothing to write because the document could not be read: that is reported already).
     */
    ExitCode write(CheckReport report, List<ExtractedDocument> read, RevisionView view, PrintWriter err,
                   boolean quiet) {
        if (annotate == null || report.documents().isEmpty() || read.isEmpty()) {
            return ExitCode.OK;
        }
        DocumentReport document = report.documents().get(0);
        ExtractedDocument extracted = read.get(0);
        if (document.format() == DocumentFormat.PDF) {
            err.println("clausecheck: " + document.file() + ": " + PDF_NOT_SUPPORTED);
            return ExitCode.USAGE;
        }
        List<Annotation> plan = AnnotationPlanner.plan(report, document);
        try {
            AnnotationResult result = document.format() == DocumentFormat.DOCX
                    ? new DocxAnnotator(view).annotate(Path.of(document.file()), annotate, document.text(), plan)
                    : fromText(extracted, plan);
            for (Annotation missed : result.notFound()) {
                err.println("clausecheck: " + annotate + ": the quote of " + missed.ruleId()
                        + " was not found in the document's runs; no comment for it");
            }
            if (!quiet) {
                err.println("clausecheck: wrote " + annotate + " (" + result.anchored().size() + " comments)");
            }
            return result.notFound().isEmpty() ? ExitCode.OK : ExitCode.ERROR;
        } catch (IOException | RuntimeException e) {
            err.println("clausecheck: cannot write " + annotate + ": " + e.getMessage());
            return ExitCode.ERROR;
        } finally {
            err.flush();
        }
    }

    private AnnotationResult fromText(ExtractedDocument extracted, List<Annotation> plan) throws IOException {
        try (XWPFDocument copy = ExtractedTextDocx.of(extracted)) {
            AnnotationResult result = new DocxAnnotator(RevisionView.ACCEPTED).annotate(copy, extracted.text(), plan);
            try (OutputStream out = Files.newOutputStream(annotate)) {
                copy.write(out);
            }
            return result;
        }
    }

    private static String lowerName(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean sameFile(Path input, Path output) {
        try {
            if (Files.exists(input) && Files.exists(output)) {
                return Files.isSameFile(input, output);
            }
        } catch (IOException e) {
            // compare the paths instead
        }
        return input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize());
    }
}
