package org.clausecheck.extract.docx;

import java.util.ArrayList;
import java.util.List;
import org.clausecheck.extract.RevisionView;
import org.w3c.dom.Element;

/**
 * The text of a paragraph as one revision view shows it. Tracked insertions ({@code w:ins},
 * {@code w:moveTo}) and deletions ({@code w:del}, {@code w:moveFrom}, whose text is in {@code w:delText})
 * are kept or dropped by the view. Comments, field instructions, hidden text and drawings are never text.
 */
final class RevisionReader {

    /**
     * One paragraph's content.
     *
     * @param text        the visible text
     * @param footnoteIds the footnotes referenced, in order
     * @param endnoteIds  the endnotes referenced, in order
     * @param markRemoved the paragraph mark itself does not exist in this view, so the paragraph runs on
     *                    into the next one
     */
    record ParagraphContent(String text, List<String> footnoteIds, List<String> endnoteIds, boolean markRemoved) {
    }

    private final RevisionView view;

    RevisionReader(RevisionView view) {
        this.view = view;
    }

    ParagraphContent read(Element paragraph) {
        StringBuilder text = new StringBuilder();
        List<String> footnotes = new ArrayList<>();
        List<String> endnotes = new ArrayList<>();
        collect(paragraph, text, footnotes, endnotes);
        return new ParagraphContent(text.toString(), footnotes, endnotes, markRemoved(paragraph));
    }

    private boolean markRemoved(Element paragraph) {
        return WordXml.child(paragraph, "pPr")
                .flatMap(pPr -> WordXml.child(pPr, "rPr"))
                .map(rPr -> WordXml.child(rPr, view == RevisionView.ACCEPTED ? "del" : "ins").isPresent())
                .orElse(false);
    }

    private void collect(Element parent, StringBuilder text, List<String> footnotes, List<String> endnotes) {
        for (Element child : WordXml.children(parent)) {
            if (!WordXml.W.equals(child.getNamespaceURI())) {
                continue; // mc:AlternateContent and other extensions hold drawings and text boxes
            }
            switch (child.getLocalName()) {
                case "r" -> run(child, text, footnotes, endnotes);
                case "ins", "moveTo" -> {
                    if (view == RevisionView.ACCEPTED) {
                        collect(child, text, footnotes, endnotes);
                    }
                }
                case "del", "moveFrom" -> {
                    if (view == RevisionView.ORIGINAL) {
                        collect(child, text, footnotes, endnotes);
                    }
                }
                case "hyperlink", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent", "dir", "bdo" ->
                        collect(child, text, footnotes, endnotes);
                default -> {
                    // pPr, bookmarks, comment ranges, proofing marks: no text
                }
            }
        }
    }

    private void run(Element run, StringBuilder text, List<String> footnotes, List<String> endnotes) {
        if (WordXml.child(run, "rPr").map(rPr -> WordXml.isOn(rPr, "vanish")).orElse(false)) {
            return; // hidden text is not printed
        }
        for (Element child : WordXml.children(run)) {
            if (!WordXml.W.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "t", "delText" -> text.append(WordXml.text(child));
                case "tab", "ptab" -> text.append('\t');
                case "br" -> text.append(isLineBreak(child) ? '\n' : ' ');
                case "cr" -> text.append('\n');
                case "noBreakHyphen" -> text.append('-');
                case "footnoteReference" -> addId(child, footnotes);
                case "endnoteReference" -> addId(child, endnotes);
                default -> {
                    // instrText (field codes), commentReference, drawings, softHyphen: not printed text
                }
            }
        }
    }

    private static boolean isLineBreak(Element br) {
        String type = WordXml.attr(br, "type");
        return type == null || type.equals("textWrapping");
    }

    private static void addId(Element reference, List<String> ids) {
        String id = WordXml.attr(reference, "id");
        if (id != null) {
            ids.add(id);
        }
    }
}
