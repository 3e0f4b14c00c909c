package org.clausecheck.annotate.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.annotate.Annotation;
import org.clausecheck.annotate.AnnotationPlanner;

/**
 * The PDF annotations clausecheck adds: highlights and sticky notes by author "clausecheck", named after the rule
 * (/NM "clausecheck:ruleId") so tools and tests find them, each with a closed pop-up holding the note, and an
 * appearance stream so viewers that draw none themselves still show them.
 */
final class PdfNotes {

    /** The prefix of every annotation name clausecheck writes; the rule id follows. */
    static final String NAME_PREFIX = "clausecheck:";

    private static final float NOTE_SIZE = 18;
    private static final float POPUP_WIDTH = 220;
    private static final float POPUP_HEIGHT = 120;

    private PdfNotes() {
    }

    static void addHighlight(PDDocument document, PDPage page, Annotation annotation, List<LineQuad> quads)
            throws IOException {
        PDAnnotationHighlight highlight = new PDAnnotationHighlight();
        float[] points = new float[quads.size() * 8];
        float left = Float.MAX_VALUE;
        float bottom = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = -Float.MAX_VALUE;
        for (int i = 0; i < quads.size(); i++) {
            LineQuad quad = quads.get(i);
            System.arraycopy(quad.points(), 0, points, i * 8, 8);
            left = Math.min(left, quad.left());
            bottom = Math.min(bottom, quad.bottom());
            right = Math.max(right, quad.right());
            top = Math.max(top, quad.top());
        }
        highlight.setQuadPoints(points);
        highlight.setRectangle(new PDRectangle(left, bottom, right - left, top - bottom));
        describe(highlight, annotation);
        highlight.constructAppearances(document);
        add(page, highlight, top);
    }

    /** A note at the top left of page 1, the n-th one below the others. */
    static void addStickyNote(PDDocument document, Annotation annotation, int n) throws IOException {
        addStickyNote(document, 0, annotation, n, "");
    }

    /**
     * The n-th note at the top left of a page, its contents the annotation's comment after {@code lead}: a
     * MISSING protection on page 1, or a finding whose quote stands on a scanned page, where no glyph lies under it.
     */
    static void addStickyNote(PDDocument document, int pageIndex, Annotation annotation, int n, String lead)
            throws IOException {
        PDPage page = document.getPage(pageIndex);
        PDRectangle crop = page.getCropBox();
        float top = crop.getUpperRightY() - 6 - n * (NOTE_SIZE + 4);
        PDAnnotationText note = new PDAnnotationText();
        note.setName(PDAnnotationText.NAME_COMMENT);
        note.setRectangle(new PDRectangle(crop.getLowerLeftX() + 6, top - NOTE_SIZE, NOTE_SIZE, NOTE_SIZE));
        describe(note, annotation);
        note.setContents(lead + annotation.comment());
        note.constructAppearances(document);
        add(page, note, top);
    }

    private static void describe(PDAnnotationMarkup markup, Annotation annotation) {
        markup.setAnnotationName(NAME_PREFIX + annotation.ruleId());
        markup.setTitlePopup(AnnotationPlanner.AUTHOR);
        markup.setSubject(annotation.status().name());
        markup.setContents(annotation.comment());
        markup.setColor(new PDColor(colour(annotation.status()), PDDeviceRGB.INSTANCE));
        markup.setPrinted(true);
    }

    /** Red for CONTRARY, orange for WEAK, green for MET, yellow for a MISSING protection's note. */
    static float[] colour(Status status) {
        return switch (status) {
            case CONTRARY -> new float[] {1f, 0.25f, 0.25f};
            case WEAK -> new float[] {1f, 0.65f, 0.1f};
            case MET -> new float[] {0.45f, 0.85f, 0.35f};
            case MISSING -> new float[] {1f, 0.9f, 0.2f};
        };
    }

    /** The annotation, and its pop-up in the page's right margin at the annotation's height. */
    private static void add(PDPage page, PDAnnotationMarkup markup, float top) throws IOException {
        PDRectangle crop = page.getCropBox();
        PDAnnotationPopup popup = new PDAnnotationPopup();
        float popupTop = Math.min(Math.max(top, crop.getLowerLeftY() + POPUP_HEIGHT), crop.getUpperRightY());
        popup.setRectangle(new PDRectangle(crop.getUpperRightX() - POPUP_WIDTH, popupTop - POPUP_HEIGHT,
                POPUP_WIDTH, POPUP_HEIGHT));
        popup.setOpen(false);
        popup.setParent(markup);
        markup.setPopup(popup);
        List<PDAnnotation> annotations = page.getAnnotations();
        annotations.add(markup);
        annotations.add(popup);
        page.setAnnotations(annotations); // a page without /Annots gets the list this way
    }
}
