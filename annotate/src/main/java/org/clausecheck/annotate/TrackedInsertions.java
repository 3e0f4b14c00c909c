package org.clausecheck.annotate;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.RevisionView;
import org.clausecheck.extract.docx.WordXml;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Inserts suggested language into a DOCX as tracked insertions by clausecheck, so the lawyer accepts or rejects each
 * in Word: one new paragraph per suggestion after the last paragraph of the section its passage stands in (at the
 * end of the document when there is none), its paragraph mark and its run both marked inserted ({@code w:pPr/w:rPr/
 * w:ins} and {@code w:ins}), so rejecting it leaves the document as it was. The paragraph copies the paragraph
 * properties of the one it follows (style, indents, spacing; not its list number) and the font of its last run, so
 * it reads as part of the section; nothing else changes.
 */
public final class TrackedInsertions {

    /** Character formatting the inserted run copies: the font, not emphasis a defined term or a caption had. */
    private static final Set<String> COPIED_RUN_PROPERTIES = Set.of("rFonts", "sz", "szCs", "color", "lang");

    private final RevisionView view;
    private final Calendar date;

    /**
     * @param view the revision view the document was extracted in, so sections are found in the same text
     * @param now  the time the insertions carry ({@code w:date}), to the second, in UTC
     */
    public TrackedInsertions(RevisionView view, Instant now) {
        this.view = view;
        this.date = GregorianCalendar.from(now.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }

    /**
     * Inserts the suggestions into an open document; returns those inserted (all of them, unless the document has
     * no paragraph of body text to follow).
     *
     * @param extractedText the text the document was extracted as, and its blocks, which the passages point into
     */
    public List<Suggestion> insert(XWPFDocument document, String extractedText, List<Block> blocks,
                                   List<Suggestion> suggestions) {
        Element body = (Element) document.getDocument().getBody().getDomNode();
        WordText text = WordText.read(body, view);
        long nextId = maxId(body) + 1;
        // A second suggestion for the same section goes after the first, so they read in playbook order.
        Optional<Element> documentEnd = lastParagraph(text);
        Map<Element, Element> lastInserted = new IdentityHashMap<>();
        List<Suggestion> inserted = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            Optional<Element> paragraph = SectionEnd.of(blocks, suggestion.passageStart())
                    .flatMap(block -> QuoteFinder.find(text, extractedText, block.text(), block.start()))
                    .map(range -> paragraphOf(range.last().run()))
                    .or(() -> documentEnd);
            if (paragraph.isEmpty()) {
                continue;
            }
            Element after = lastInserted.getOrDefault(paragraph.get(), bodyLevel(paragraph.get(), body));
            CTP added = newParagraphAfter(after);
            fill(document, added, paragraph.get(), lastTextRun(paragraph.get()), suggestion.language(), nextId);
            nextId += 2;
            lastInserted.put(paragraph.get(), (Element) added.getDomNode());
            inserted.add(suggestion);
        }
        return inserted;
    }

    private void fill(XWPFDocument document, CTP added, Element source, Element sourceRun, String language, long id) {
        CTP from = (CTP) object(source);
        CTPPr properties = from.isSetPPr() ? (CTPPr) added.addNewPPr().set(from.getPPr()) : added.addNewPPr();
        // What belongs to the paragraph followed alone: a section break, its own tracked formatting, its mark's font.
        if (properties.isSetSectPr()) {
            properties.unsetSectPr();
        }
        if (properties.isSetPPrChange()) {
            properties.unsetPPrChange();
        }
        if (properties.isSetRPr()) {
            properties.unsetRPr();
        }
        if (properties.isSetPageBreakBefore()) {
            properties.unsetPageBreakBefore();
        }
        unnumber(document, properties);
        mark(properties.addNewRPr().addNewIns(), id);
        CTRunTrackChange insertion = added.addNewIns();
        mark(insertion, id + 1);
        CTR run = insertion.addNewR();
        if (sourceRun != null) {
            copyFont(sourceRun, run);
        }
        CTText t = run.addNewT();
        t.setStringValue(language.replaceAll("\\s+", " ").strip());
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    /**
     * A copied list number would renumber every clause after the new paragraph, and the cross-references to them:
     * the paragraph is unnumbered (numId 0, which also overrides a numbered style) and indented as the numbered
     * paragraph's text was.
     */
    private static void unnumber(XWPFDocument document, CTPPr properties) {
        Optional<CTInd> levelIndent = numberingIndent(document, properties);
        if (properties.isSetNumPr()) {
            properties.unsetNumPr();
        }
        properties.addNewNumPr().addNewNumId().setVal(BigInteger.ZERO);
        if (!properties.isSetInd() && levelIndent.isPresent()) {
            CTInd indent = levelIndent.get();
            Object left = indent.isSetLeft() ? indent.getLeft() : indent.isSetStart() ? indent.getStart() : null;
            if (left != null) {
                properties.addNewInd().setLeft(left);
            }
        }
    }

    /** The indentation the list level of a directly numbered paragraph gives it, if the numbering part says. */
    private static Optional<CTInd> numberingIndent(XWPFDocument document, CTPPr properties) {
        XWPFNumbering numbering = document.getNumbering();
        if (numbering == null || !properties.isSetNumPr() || !properties.getNumPr().isSetNumId()) {
            return Optional.empty();
        }
        BigInteger numId = properties.getNumPr().getNumId().getVal();
        BigInteger level = properties.getNumPr().isSetIlvl() ? properties.getNumPr().getIlvl().getVal()
                : BigInteger.ZERO;
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        XWPFAbstractNum definition = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (definition == null) {
            return Optional.empty();
        }
        return definition.getCTAbstractNum().getLvlList().stream()
                .filter(lvl -> level.equals(lvl.getIlvl()) && lvl.isSetPPr() && lvl.getPPr().isSetInd())
                .map(lvl -> lvl.getPPr().getInd()).findFirst();
    }

    private void mark(CTTrackChange change, long id) {
        change.setId(BigInteger.valueOf(id));
        change.setAuthor(AnnotationPlanner.AUTHOR);
        change.setDate(date);
    }

    /** Copies the source run's font properties, in the schema's order, into a new w:rPr of the run. */
    private static void copyFont(Element sourceRun, CTR run) {
        Element rPr = WordText.child(sourceRun, "rPr");
        if (rPr == null) {
            return;
        }
        CTRPr copy = (CTRPr) run.addNewRPr().set(object(rPr));
        Element copied = (Element) copy.getDomNode();
        for (Element property : WordXml.children(copied)) {
            if (!COPIED_RUN_PROPERTIES.contains(property.getLocalName())) {
                copied.removeChild(property);
            }
        }
    }

    /** A new, empty w:p right after the element, in the same parent. */
    private static CTP newParagraphAfter(Element element) {
        try (XmlCursor cursor = XmlBeans.nodeToCursor(element)) {
            cursor.toEndToken();
            cursor.toNextToken();
            cursor.beginElement(new QName(WordText.W, "p"));
            cursor.toParent();
            return (CTP) cursor.getObject();
        }
    }

    private static org.apache.xmlbeans.XmlObject object(Element element) {
        try (XmlCursor cursor = XmlBeans.nodeToCursor(element)) {
            return cursor.getObject();
        }
    }

    private static Element paragraphOf(Element run) {
        Node at = run;
        while (at != null && !WordXml.is(at, "p")) {
            at = at.getParentNode();
        }
        return (Element) at;
    }

    /** The element holding the paragraph among the body's children: itself, or its table or content control. */
    private static Element bodyLevel(Element paragraph, Element body) {
        Node at = paragraph;
        while (at.getParentNode() != null && at.getParentNode() != body) {
            at = at.getParentNode();
        }
        return at.getParentNode() == body ? (Element) at : paragraph;
    }

    /** The body's last paragraph with text, for a suggestion whose section cannot be found among the runs. */
    private static Optional<Element> lastParagraph(WordText text) {
        List<WordText.Place> last = text.lastParagraph();
        return last.isEmpty() ? Optional.empty() : Optional.of(paragraphOf(last.get(0).run()));
    }

    /** The paragraph's last run with text, whose font the inserted run takes. */
    private static Element lastTextRun(Element paragraph) {
        org.w3c.dom.NodeList texts = paragraph.getElementsByTagNameNS(WordText.W, "t");
        return texts.getLength() == 0 ? null : (Element) texts.item(texts.getLength() - 1).getParentNode();
    }

    /** The highest numeric w:id in the body (comments, revisions, bookmarks), so the insertions' ids are new. */
    private static long maxId(Element body) {
        long max = 0;
        org.w3c.dom.NodeList all = body.getElementsByTagNameNS(WordText.W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            Node id = attributes == null ? null : attributes.getNamedItemNS(WordText.W, "id");
            if (id != null) {
                try {
                    max = Math.max(max, Long.parseLong(id.getNodeValue()));
                } catch (NumberFormatException ignored) {
                    // not a number Word would write; ours stay numeric and above every numeric one
                }
            }
        }
        return max;
    }
}
