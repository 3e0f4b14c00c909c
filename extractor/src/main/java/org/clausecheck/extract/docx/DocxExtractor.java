package org.clausecheck.extract.docx;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausecheck.extract.DocumentBuilder;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.DocumentMetadata;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.ExtractionWarning;
import org.clausecheck.extract.FormatExtractor;
import org.clausecheck.extract.SourceFile;
import org.w3c.dom.Element;

/**
 * Word 2007+ documents (DOCX, and DOCM whose macros are never run) through POI XWPF: the body in order
 * with tables, headings, reconstructed list numbers and tracked changes read in the chosen view;
 * headers and footers go to the metadata, comments are left out, footnotes follow the block citing them.
 */
public final class DocxExtractor implements FormatExtractor {

    private static final java.util.regex.Pattern VBA_PROJECT = java.util.regex.Pattern.compile("/word/vbaProject\\.bin");

    @Override
    public boolean supports(DocumentFormat format) {
        return format == DocumentFormat.DOCX;
    }

    @Override
    public ExtractedDocument extract(SourceFile source, ExtractionOptions options) throws ExtractionException {
        OPCPackage pkg = DocxOpener.open(source, options);
        try {
            XWPFDocument document = new XWPFDocument(pkg);
            DocumentBuilder builder = source.newDocument();
            if (!pkg.getPartsByName(VBA_PROJECT).isEmpty()
                    || document.getPackagePart().getContentType().contains("macroEnabled")) {
                builder.warn(ExtractionWarning.forDocument("macro-enabled (DOCM): any macros it holds are never"
                        + " run"));
            }
            read(document, options, builder);
            return builder.build();
        } catch (IOException | RuntimeException e) {
            throw DocxOpener.translate(source, e);
        } finally {
            // Read-only use: discard the package without writing anything back.
            pkg.revert();
        }
    }

    private static void read(XWPFDocument document, ExtractionOptions options, DocumentBuilder builder) {
        RevisionReader revisions = new RevisionReader(options.revisionView());
        StyleSheet styles = StyleSheet.read(document.getStyles());
        NumberingResolver numbering = new NumberingResolver(NumberingDefinitions.read(document.getNumbering()), styles);
        Map<String, String> footnotes = StoryText.notes(document.getFootnotes(), revisions);
        Map<String, String> endnotes = StoryText.notes(document.getEndnotes(), revisions);
        Element body = WordXml.element(document.getDocument().getBody());
        if (body != null) {
            new BodyReader(builder, styles, numbering, revisions, footnotes, endnotes).read(body);
        }
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        builder.metadata(new DocumentMetadata(blankToNull(core.getTitle()), blankToNull(core.getCreator()),
                instant(core.getCreated()), instant(core.getModified()), 0,
                StoryText.headersOrFooters(document.getHeaderList(), revisions),
                StoryText.headersOrFooters(document.getFooterList(), revisions)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
