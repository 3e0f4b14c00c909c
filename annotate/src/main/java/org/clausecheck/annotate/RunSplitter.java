package org.clausecheck.annotate;

import java.util.List;
import org.clausecheck.extract.docx.WordXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Splits a w:r in two at a character, so that a comment range can start or end inside what was one run. Both
 * halves keep the run's properties; the text is only divided, never changed.
 */
final class RunSplitter {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private RunSplitter() {
    }

    /** True when the run holds printed content before this place (so a range starting here must split it). */
    static boolean hasContentBefore(WordText.Place place) {
        if (place.offset() > 0) {
            return true;
        }
        for (Element child : WordXml.children(place.run())) {
            if (child == place.child()) {
                return false;
            }
            if (!WordXml.is(child, "rPr")) {
                return true;
            }
        }
        return false;
    }

    /** True when the run holds content after this place (so a range ending here must split it). */
    static boolean hasContentAfter(WordText.Place place) {
        if (place.offset() >= 0 && place.offset() + 1 < WordText.textOf(place.child()).length()) {
            return true;
        }
        return place.child().getNextSibling() != null && nextElement(place.child()) != null;
    }

    /**
     * Keeps in the run what stands before {@code child}'s character {@code offset} (or before the whole child when
     * offset is -1 or 0) and moves the rest into a copy inserted right after it, which is returned.
     */
    static Element splitBefore(Element run, Element child, int offset) {
        List<Element> children = WordXml.children(run);
        int index = children.indexOf(child);
        Element copy = (Element) run.cloneNode(true);
        run.getParentNode().insertBefore(copy, run.getNextSibling());
        List<Element> copied = WordXml.children(copy);
        // The original keeps children before the split, and the text of the split w:t before the offset.
        for (int i = index + (offset > 0 ? 1 : 0); i < children.size(); i++) {
            run.removeChild(children.get(i));
        }
        if (offset > 0) {
            String value = WordText.textOf(child);
            setText(child, value.substring(0, offset));
            setText(copied.get(index), value.substring(offset));
        }
        // The copy keeps its properties and what follows the split.
        for (int i = 0; i < index; i++) {
            if (!WordXml.is(copied.get(i), "rPr")) {
                copy.removeChild(copied.get(i));
            }
        }
        return copy;
    }

    /** Splits after the place's character; returns the part after it. */
    static Element splitAfter(WordText.Place place) {
        if (place.offset() >= 0 && place.offset() + 1 < WordText.textOf(place.child()).length()) {
            return splitBefore(place.run(), place.child(), place.offset() + 1);
        }
        return splitBefore(place.run(), nextElement(place.child()), -1);
    }

    private static Element nextElement(Node node) {
        for (Node next = node.getNextSibling(); next != null; next = next.getNextSibling()) {
            if (next instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static void setText(Element t, String value) {
        while (t.getFirstChild() != null) {
            t.removeChild(t.getFirstChild());
        }
        t.appendChild(t.getOwnerDocument().createTextNode(value));
        if (!value.equals(value.strip())) {
            t.setAttributeNS(XML_NS, "xml:space", "preserve");
        }
    }
}
