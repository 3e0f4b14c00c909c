package org.clausecheck.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.annotate.pdf.PdfAnnotator;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.RevisionView;

/**
 * Writes the annotated copy of one reviewed contract in the form its format allows: a PDF gets highlights, a DOCX
 * Word comments, any other format a DOCX of its extracted text with the comments.
 *
 * @param view    the revision view the contract was read in, so DOCX quotes are found in the same text
 * @param suggest also insert the language requested for each required MISSING protection as a tracked insertion
 *                ({@code --suggest}); a DOCX copy only, a PDF's pages are not rewritten
 */
public record ContractAnnotator(RevisionView view, boolean suggest) {

    /** Comments or notes only, no insertions. */
    public ContractAnnotator(RevisionView view) {
        this(view, false);
    }

    /** True when the copy of a contract of this format is a PDF; otherwise it is a DOCX. */
    public static boolean copyIsPdf(DocumentFormat format) {
        return format == DocumentFormat.PDF;
    }

    /**
     * The copy's file name: a PDF's or a DOCX's own name, any other's with its extension replaced by ".docx"
     * ("terms.txt" gives "terms.docx").
     */
    public static String copyName(String fileName, DocumentFormat format) {
        if (format == DocumentFormat.PDF || format == DocumentFormat.DOCX) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName) + ".docx";
    }

    /**
     * Plans the notes of a document of the report and writes its annotated copy to {@code target}.
     *
     * @param source the contract's file, read again for a PDF or a DOCX copy (never written)
     */
    public AnnotationResult write(CheckReport report, DocumentReport document, ExtractedDocument extracted,
                                  Path source, Path target) throws IOException {
        List<Annotation> plan = AnnotationPlanner.plan(report, document);
        List<Suggestion> suggestions = suggest ? AnnotationPlanner.suggestions(report, document) : List.of();
        if (document.format() == DocumentFormat.PDF) {
            return new PdfAnnotator().annotate(source, target, extracted, plan);
        }
        if (document.format() == DocumentFormat.DOCX) {
            try (InputStream in = Files.newInputStream(source); XWPFDocument copy = new XWPFDocument(in)) {
                return writeDocx(copy, view, extracted, plan, suggestions, target);
            }
        }
        try (XWPFDocument copy = ExtractedTextDocx.of(extracted)) {
            return writeDocx(copy, RevisionView.ACCEPTED, extracted, plan, suggestions, target);
        }
    }

    private static AnnotationResult writeDocx(XWPFDocument copy, RevisionView view, ExtractedDocument extracted,
                                              List<Annotation> plan, List<Suggestion> suggestions, Path target)
            throws IOException {
        AnnotationResult result = new DocxAnnotator(view).annotate(copy, extracted.text(), plan);
        if (!suggestions.isEmpty()) {
            result = result.withSuggested(new TrackedInsertions(view, Instant.now())
                    .insert(copy, extracted.text(), extracted.blocks(), suggestions));
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            copy.write(out);
        }
        return result;
    }
}
