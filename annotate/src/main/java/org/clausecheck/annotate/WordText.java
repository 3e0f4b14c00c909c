package org.clausecheck.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clausecheck.extract.RevisionView;
import org.clausecheck.extract.docx.WordXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body text of a DOCX as the extractor reads it, one character per place in a run, with whitespace collapsed
 * as the extractor collapses it: so that a quote of the extracted text is found again among the runs that hold it.
 * Paragraphs are joined by a space (the extractor joins a table cell's paragraphs and separates blocks by
 * whitespace), so a quote may run across paragraphs. List numbers Word prints are no text of any run.
 */
final class WordText {

    static final String W = WordXml.W;

    /** Elements that hold paragraphs without being paragraphs (tables, content controls, custom XML). */
    private static final Set<String> BLOCK_CONTAINERS = Set.of("tbl", "tr", "tc", "sdt", "sdtContent", "customXml");
    /** Elements inside a paragraph that hold runs. */
    private static final Set<String> RUN_CONTAINERS = Set.of("hyperlink", "smartTag", "customXml", "fldSimple", "sdt",
            "sdtContent", "dir", "bdo");

    /**
     * Where one character of the text stands.
     *
     * @param run    the w:r holding it
     * @param child  the run's child holding it (w:t, or a w:tab or w:br standing for one character)
     * @param offset the character's index in a w:t, or -1 for an element that is one character
     */
    record Place(Element run, Element child, int offset) {
    }

    private final StringBuilder text = new StringBuilder();
    /** One per character of {@link #text}; null for the space between two paragraphs. */
    private final List<Place> places = new ArrayList<>();
    private final List<List<Place>> paragraphs = new ArrayList<>();
    private final RevisionView view;

    private WordText(RevisionView view) {
        this.view = view;
    }

    static WordText read(Element body, RevisionView view) {
        WordText reader = new WordText(view);
        reader.blocks(body);
        return reader;
    }

    String text() {
        return text.toString();
    }

    Place place(int index) {
        return places.get(index);
    }

    /** The places of the first paragraph with text: the title, where comments without a passage stand. */
    List<Place> firstParagraph() {
        return paragraphs.stream().filter(p -> !p.isEmpty()).findFirst().orElse(List.of());
    }

    /** The places of the last paragraph with text. */
    List<Place> lastParagraph() {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (!paragraphs.get(i).isEmpty()) {
                return paragraphs.get(i);
            }
        }
        return List.of();
    }

    private void blocks(Element parent) {
        for (Element child : WordXml.children(parent)) {
            if (WordXml.is(child, "p")) {
                paragraph(child);
            } else if (W.equals(child.getNamespaceURI()) && BLOCK_CONTAINERS.contains(child.getLocalName())) {
                blocks(child);
            }
        }
    }

    private void paragraph(Element paragraph) {
        List<Place> own = new ArrayList<>();
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
            places.add(null);
        }
        runs(paragraph, own);
        paragraphs.add(own);
    }

    private void runs(Element parent, List<Place> own) {
        for (Element child : WordXml.children(parent)) {
            if (!W.equals(child.getNamespaceURI())) {
                continue; // drawings and text boxes (mc:AlternateContent) are not read by the extractor either
            }
            String name = child.getLocalName();
            if (name.equals("r")) {
                run(child, own);
            } else if (name.equals("ins") || name.equals("moveTo")) {
                if (view == RevisionView.ACCEPTED) {
                    runs(child, own);
                }
            } else if (name.equals("del") || name.equals("moveFrom")) {
                if (view == RevisionView.ORIGINAL) {
                    runs(child, own);
                }
            } else if (RUN_CONTAINERS.contains(name)) {
                runs(child, own);
            }
        }
    }

    private void run(Element run, List<Place> own) {
        Element rPr = child(run, "rPr");
        if (rPr != null && isOn(child(rPr, "vanish"))) {
            return;
        }
        for (Element child : WordXml.children(run)) {
            if (!W.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "t", "delText" -> {
                    String value = textOf(child);
                    for (int i = 0; i < value.length(); i++) {
                        add(value.charAt(i), new Place(run, child, i), own);
                    }
                }
                case "tab", "ptab", "br", "cr" -> add(' ', new Place(run, child, -1), own);
                case "noBreakHyphen" -> add('-', new Place(run, child, -1), own);
                default -> {
                    // field codes, references, drawings: not printed text
                }
            }
        }
    }

    /** Appends a character as the extractor normalises it: whitespace collapsed, control characters dropped. */
    private void add(char c, Place place, List<Place> own) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
                places.add(place);
            }
            return;
        }
        if (Character.isISOControl(c) || c == '\uFEFF') {
            return;
        }
        text.append(c);
        places.add(place);
        own.add(place);
    }

    /** Whitespace collapsed and control characters dropped, as {@link #add} does, and stripped. */
    static String normalise(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!Character.isISOControl(c) && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    static Element child(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (WordXml.is(child, localName)) {
                return (Element) child;
            }
        }
        return null;
    }

    /** The character content of a w:t (XMLBeans' DOM has no getTextContent). */
    static String textOf(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue());
            }
        }
        return out.toString();
    }

    private static boolean isOn(Element property) {
        if (property == null) {
            return false;
        }
        String value = property.getAttributeNS(W, "val");
        return value == null || value.isEmpty() || !(value.equals("0") || value.equals("false") || value.equals("off"));
    }
}
