package org.clausecheck.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.annotate.Annotation;
import org.clausecheck.annotate.AnnotationResult;
import org.clausecheck.annotate.ContractAnnotator;
import org.clausecheck.cli.ExitCode;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.RevisionView;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code check --annotate FILE}: the contract itself with a Word comment on each finding. */
public final class AnnotateOptions {

    static final String PDF_NEEDS_PDF = "an annotated copy of a PDF is a PDF: name it .pdf";
    static final String PDF_ONLY_FROM_PDF = "only a PDF contract gives a PDF copy: name it .docx";

    @Option(names = "--annotate", paramLabel = "FILE",
            description = "Also write FILE: a copy of the contract with a note (author clausecheck) on the evidence of"
                    + " every finding (status, rule, reason, the language to request) and, for each required"
                    + " protection that is MISSING, one at its most related passage or at the title. A DOCX gets Word"
                    + " comments and keeps everything else as it was; a PDF (FILE named .pdf) gets highlights"
                    + " coloured by status with pop-up notes, and MISSING protections as notes on page 1, its pages"
                    + " unchanged; a DOC, TXT or Markdown input gives a DOCX of the text clausecheck read (headings"
                    + " as headings) with the comments. One contract file only.")
    Path annotate;

    @Option(names = "--suggest",
            description = "With --annotate to a DOCX copy: also insert the language to request for each required"
                    + " protection that is MISSING, as a tracked insertion by clausecheck (a new paragraph at the end"
                    + " of the section its comment stands in, or of the document), which the lawyer accepts or rejects"
                    + " in Word. A DOC, TXT or Markdown input's DOCX copy takes them too; a PDF copy cannot.")
    boolean suggest;

    /** Usage errors before any file is read: one contract file, a writable .docx that is not the input. */
    void validate(List<String> files, CommandSpec spec) {
        if (annotate == null) {
            if (suggest) {
                throw new ParameterException(spec.commandLine(),
                        "--suggest inserts language into the --annotate copy: name one (--annotate reviewed.docx)");
            }
            return;
        }
        if (files.size() != 1 || files.get(0).equals("-")) {
            throw new ParameterException(spec.commandLine(), "--annotate takes exactly one contract file, not "
                    + (files.size() == 1 ? "standard input" : files.size() + " files"));
        }
        OutputFile.requireFolder(annotate, spec);
        Path input = Path.of(files.get(0));
        boolean pdfInput = lowerName(input).endsWith(".pdf");
        boolean pdfCopy = lowerName(annotate).endsWith(".pdf");
        if (pdfInput && !pdfCopy) {
            throw new ParameterException(spec.commandLine(), "cannot write " + annotate + ": " + PDF_NEEDS_PDF);
        }
        if (pdfCopy && suggest) {
            throw new ParameterException(spec.commandLine(), "--suggest needs a DOCX copy: a PDF's pages are not"
                    + " rewritten; annotate a DOCX of the contract (--annotate reviewed.docx) to get insertions");
        }
        if (pdfCopy && !pdfInput) {
            throw new ParameterException(spec.commandLine(), "cannot write " + annotate + ": " + PDF_ONLY_FROM_PDF);
        }
        if (!pdfCopy && !lowerName(annotate).endsWith(".docx")) {
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
        boolean pdfCopy = lowerName(annotate).endsWith(".pdf");
        if (ContractAnnotator.copyIsPdf(document.format()) != pdfCopy) {
            // the extension said otherwise than the content: a PDF named .docx, or the reverse
            err.println("clausecheck: cannot write " + annotate + ": " + document.file() + " is "
                    + (pdfCopy ? "not a PDF; " + PDF_ONLY_FROM_PDF : "a PDF; " + PDF_NEEDS_PDF));
            err.flush();
            return ExitCode.USAGE;
        }
        try {
            AnnotationResult result = new ContractAnnotator(view, suggest).write(report, document, extracted,
                    Path.of(document.file()), annotate);
            for (Annotation missed : result.notFound()) {
                err.println("clausecheck: " + annotate + ": the quote of " + missed.ruleId()
                        + " was not found in the document's text; no note for it");
            }
            if (!quiet) {
                err.println("clausecheck: wrote " + annotate + " (" + result.anchored().size()
                        + (pdfCopy ? " notes" : " comments") + (suggest ? ", " + result.suggested().size()
                        + " tracked insertion" + (result.suggested().size() == 1 ? "" : "s") : "") + ")");
            }
            return result.notFound().isEmpty() ? ExitCode.OK : ExitCode.ERROR;
        } catch (IOException | RuntimeException e) {
            err.println("clausecheck: cannot write " + annotate + ": " + e.getMessage());
            return ExitCode.ERROR;
        } finally {
            err.flush();
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
