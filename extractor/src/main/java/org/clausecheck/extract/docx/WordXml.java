package org.clausecheck.extract.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.xmlbeans.XmlObject;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small DOM helpers over WordprocessingML. The readers walk POI's XML through its DOM view rather than
 * the generated schema classes, so that every element (w:ins, w:del, w:sdt, w:lvlOverride ...) is seen
 * in document order and nothing depends on which schema classes the lite jar ships. Public for the annotator,
 * which walks the same XML to anchor its comments.
 */
public final class WordXml {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Elements that hold block content without being text themselves. */
    private static final Set<String> CONTAINERS = Set.of("tbl", "tr", "tc", "sdt", "sdtContent", "customXml");

    private WordXml() {
    }

    static Element element(XmlObject xml) {
        Node node = xml.getDomNode();
        return node instanceof Element element ? element : null;
    }

    public static boolean is(Node node, String localName) {
        return node instanceof Element && W.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    /** Content controls and custom XML wrap block content (paragraphs, tables, rows, cells) in place. */
    static boolean isWrapper(Node node) {
        return is(node, "sdt") || is(node, "sdtContent") || is(node, "customXml");
    }

    /** The child elements in order, of any namespace. */
    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                out.add(element);
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, localName)) {
                out.add((Element) child);
            }
        }
        return out;
    }

    static Optional<Element> child(Element parent, String localName) {
        if (parent == null) {
            return Optional.empty();
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, localName)) {
                return Optional.of((Element) child);
            }
        }
        return Optional.empty();
    }

    /**
     * The paragraphs of a story (header, footer, note) in reading order, through tables and content
     * controls; text boxes are left out.
     */
    static List<Element> paragraphs(Element container) {
        List<Element> out = new ArrayList<>();
        collectParagraphs(container, out);
        return out;
    }

    private static void collectParagraphs(Element parent, List<Element> out) {
        for (Element child : children(parent)) {
            if (is(child, "p")) {
                out.add(child);
            } else if (W.equals(child.getNamespaceURI()) && CONTAINERS.contains(child.getLocalName())) {
                collectParagraphs(child, out);
            }
        }
    }

    /** The character content of an element such as w:t (XMLBeans' DOM has no getTextContent). */
    static String text(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue());
            }
        }
        return out.toString();
    }

    /** The w:val of a child such as {@code <w:numId w:val="3"/>}. */
    static Optional<String> childVal(Element parent, String localName) {
        return child(parent, localName).map(WordXml::val);
    }

    static Optional<Integer> childInt(Element parent, String localName) {
        return childVal(parent, localName).flatMap(WordXml::parseInt);
    }

    static String val(Element element) {
        return attr(element, "val");
    }

    /** A w: attribute, or null when absent. */
    static String attr(Element element, String localName) {
        String value = element.getAttributeNS(W, localName);
        return value == null || value.isEmpty() ? null : value;
    }

    /** On/off properties (w:isLgl, w:vanish): present means on unless w:val says false. */
    static boolean isOn(Element parent, String localName) {
        return child(parent, localName)
                .map(e -> {
                    String value = val(e);
                    return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
                })
                .orElse(false);
    }

    /** On/off attributes such as {@code w:default="1"}. */
    static boolean isOnAttr(Element element, String localName) {
        String value = attr(element, localName);
        return value != null && (value.equals("1") || value.equals("true") || value.equals("on"));
    }

    static Optional<Integer> parseInt(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
