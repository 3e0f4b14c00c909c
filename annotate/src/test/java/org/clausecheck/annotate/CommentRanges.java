package org.clausecheck.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausecheck.extract.RevisionView;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads back, independently of the annotator, the text each comment range of a written DOCX covers: the w:t text
 * of runs (tracked deletions, or insertions in the original view, left out) between w:commentRangeStart and w:commentRangeEnd of one id,
 * paragraphs joined by a space.
 */
final class CommentRanges {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final Map<String, StringBuilder> open = new HashMap<>();
    private final Map<String, String> closed = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    private final RevisionView view;

    private CommentRanges(RevisionView view) {
        this.view = view;
    }

    static Map<String, String> anchoredText(XWPFDocument document) {
        return anchoredText(document, RevisionView.ACCEPTED);
    }

    /** The text as this view shows it: the original view reads deletions and leaves insertions out. */
    static Map<String, String> anchoredText(XWPFDocument document, RevisionView view) {
        CommentRanges ranges = new CommentRanges(view);
        ranges.walk(document.getDocument().getBody().getDomNode());
        return ranges.closed;
    }

    private void walk(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || !W.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "commentRangeStart" -> {
                    open.put(element.getAttributeNS(W, "id"), new StringBuilder());
                    order.add(element.getAttributeNS(W, "id"));
                }
                case "commentRangeEnd" -> {
                    StringBuilder text = open.remove(element.getAttributeNS(W, "id"));
                    if (text != null) {
                        closed.put(element.getAttributeNS(W, "id"), text.toString());
                    }
                }
                case "del", "moveFrom" -> {
                    if (view == RevisionView.ORIGINAL) {
                        walk(element);
                    }
                }
                case "ins", "moveTo" -> {
                    if (view == RevisionView.ACCEPTED) {
                        walk(element);
                    }
                }
                case "instrText" -> {
                    // field codes are not printed
                }
                case "t", "delText" -> open.values().forEach(text -> text.append(text(element)));
                case "tab", "br" -> open.values().forEach(text -> text.append(' '));
                case "p" -> {
                    open.values().forEach(text -> text.append(' '));
                    walk(element);
                }
                default -> walk(element);
            }
        }
    }

    private static String text(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                out.append(child.getNodeValue());
            }
        }
        return out.toString();
    }
}
