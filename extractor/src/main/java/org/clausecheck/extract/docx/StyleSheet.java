package org.clausecheck.extract.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * Paragraph styles as far as structure is concerned: the outline level that makes a heading and the
 * list numbering a style carries, both inherited along {@code w:basedOn}.
 */
final class StyleSheet {

    /** A numbering reference (w:numPr); either part may be missing and is then inherited. */
    record NumberingRef(String numId, Integer level) {
    }

    private record Style(String id, String name, String basedOn, NumberingRef numbering, Integer outlineLevel) {
    }

    private static final Pattern HEADING_NAME = Pattern.compile("heading ([1-9])");
    /** Word's outline level 9 means body text. */
    private static final int BODY_TEXT_LEVEL = 9;

    private final Map<String, Style> styles;
    private final String defaultParagraphStyle;

    private StyleSheet(Map<String, Style> styles, String defaultParagraphStyle) {
        this.styles = styles;
        this.defaultParagraphStyle = defaultParagraphStyle;
    }

    static StyleSheet read(XWPFStyles xwpfStyles) {
        Map<String, Style> styles = new HashMap<>();
        String defaultStyle = null;
        Element root = xwpfStyles == null || xwpfStyles.getCtStyles() == null
                ? null : WordXml.element(xwpfStyles.getCtStyles());
        if (root != null) {
            for (Element style : WordXml.children(root, "style")) {
                String id = WordXml.attr(style, "styleId");
                if (id == null) {
                    continue;
                }
                Element pPr = WordXml.child(style, "pPr").orElse(null);
                NumberingRef numbering = WordXml.child(pPr, "numPr").map(StyleSheet::numberingRef).orElse(null);
                Integer outline = WordXml.childInt(pPr, "outlineLvl").orElse(null);
                styles.put(id, new Style(id, WordXml.childVal(style, "name").orElse(null),
                        WordXml.childVal(style, "basedOn").orElse(null), numbering, outline));
                String type = WordXml.attr(style, "type");
                if ((type == null || type.equals("paragraph")) && WordXml.isOnAttr(style, "default")) {
                    defaultStyle = id;
                }
            }
        }
        return new StyleSheet(styles, defaultStyle);
    }

    static NumberingRef numberingRef(Element numPr) {
        return new NumberingRef(WordXml.childVal(numPr, "numId").orElse(null),
                WordXml.childInt(numPr, "ilvl").orElse(null));
    }

    /** The style a paragraph without {@code w:pStyle} has. */
    String effectiveStyle(String styleId) {
        return styleId != null ? styleId : defaultParagraphStyle;
    }

    /**
     * The 1-based heading level of a paragraph: its own outline level, else its style's (inherited), else
     * a "heading N" style name.
     *
     * @param ownOutline the paragraph's own w:outlineLvl, or null
     */
    Optional<Integer> headingLevel(String styleId, Integer ownOutline) {
        Integer outline = ownOutline != null ? ownOutline : inherited(styleId, Style::outlineLevel);
        if (outline != null) {
            return outline < BODY_TEXT_LEVEL ? Optional.of(outline + 1) : Optional.empty();
        }
        String name = inherited(styleId, Style::name);
        if (name != null) {
            Matcher heading = HEADING_NAME.matcher(name.toLowerCase(Locale.ROOT));
            if (heading.matches()) {
                return Optional.of(Integer.parseInt(heading.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The numbering a style carries: numId and level, each from the nearest style in the chain. */
    NumberingRef numbering(String styleId) {
        String numId = inherited(styleId, s -> s.numbering() == null ? null : s.numbering().numId());
        Integer level = inherited(styleId, s -> s.numbering() == null ? null : s.numbering().level());
        return new NumberingRef(numId, level);
    }

    private <T> T inherited(String styleId, Function<Style, T> property) {
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); ) {
            Style style = styles.get(id);
            if (style == null) {
                return null;
            }
            T value = property.apply(style);
            if (value != null) {
                return value;
            }
            id = style.basedOn();
        }
        return null;
    }
}
