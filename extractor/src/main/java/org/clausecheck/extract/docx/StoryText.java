package org.clausecheck.extract.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.w3c.dom.Element;

/** The text of the stories outside the body: headers, footers, footnotes and endnotes. */
final class StoryText {

    private StoryText() {
    }

    /** Each header or footer part as one text (its lines joined), distinct, in part order. */
    static List<String> headersOrFooters(List<? extends XWPFHeaderFooter> parts, RevisionReader revisions) {
        Set<String> texts = new LinkedHashSet<>();
        for (XWPFHeaderFooter part : parts) {
            Element root = part._getHdrFtr() == null ? null : WordXml.element(part._getHdrFtr());
            if (root != null) {
                String text = text(root, revisions);
                if (!text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        return new ArrayList<>(texts);
    }

    /** Note id to the note's text; separator notes have no text and are left out. */
    static Map<String, String> notes(List<? extends XWPFAbstractFootnoteEndnote> notes, RevisionReader revisions) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (XWPFAbstractFootnoteEndnote note : notes) {
            Element root = note.getCTFtnEdn() == null ? null : WordXml.element(note.getCTFtnEdn());
            String id = root == null ? null : WordXml.attr(root, "id");
            if (id != null) {
                String text = text(root, revisions);
                if (!text.isBlank()) {
                    texts.put(id, text);
                }
            }
        }
        return texts;
    }

    private static String text(Element root, RevisionReader revisions) {
        List<String> lines = new ArrayList<>();
        for (Element paragraph : WordXml.paragraphs(root)) {
            String line = revisions.read(paragraph).text().replaceAll("[\\t ]+", " ").strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }
}
