package org.clausecheck.extract.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.DocumentBuilder;
import org.clausecheck.extract.HeadingHeuristics;
import org.clausecheck.extract.word.HeadingText;
import org.clausecheck.extract.word.ListLabel;
import org.w3c.dom.Element;

/**
 * Walks the document body in order and turns it into blocks: headings (from heading styles and outline
 * levels), paragraphs, list items with the number Word prints in front of them, and one block per
 * non-empty table cell (nested tables give their own cell blocks after the text before them).
 *
 * <p>Footnotes become FOOTNOTE blocks right after the block that references them, so they keep their
 * heading path; endnotes follow the body. Reference marks are not put into the body text.
 */
final class BodyReader {

    private final DocumentBuilder builder;
    private final StyleSheet styles;
    private final NumberingResolver numbering;
    private final RevisionReader revisions;
    private final Map<String, String> footnotes;
    private final Map<String, String> endnotes;
    private final List<String> endnotesReferenced = new ArrayList<>();
    /** Text of a paragraph whose mark does not exist in the chosen view: it runs on into the next one. */
    private String carried = "";

    BodyReader(DocumentBuilder builder, StyleSheet styles, NumberingResolver numbering, RevisionReader revisions,
               Map<String, String> footnotes, Map<String, String> endnotes) {
        this.builder = builder;
        this.styles = styles;
        this.numbering = numbering;
        this.revisions = revisions;
        this.footnotes = footnotes;
        this.endnotes = endnotes;
    }

    void read(Element body) {
        blocks(body);
        if (!carried.isBlank()) {
            builder.add(carried, BlockKind.PARAGRAPH, 0, null);
        }
        for (String id : endnotesReferenced) {
            builder.add(endnotes.getOrDefault(id, ""), BlockKind.FOOTNOTE, 0, null);
        }
    }

    private void blocks(Element parent) {
        for (Element child : WordXml.children(parent)) {
            if (WordXml.is(child, "p")) {
                paragraph(child);
            } else if (WordXml.is(child, "tbl")) {
                table(child);
            } else if (WordXml.isWrapper(child)) {
                blocks(child);
            }
        }
    }

    /** A paragraph as printed: its text with the list label in front, or empty when it vanished. */
    private record Printed(String text, ListLabel label, int listLevel, String styleId,
                           RevisionReader.ParagraphContent content) {

        String sectionNumber() {
            return ListLabel.sectionNumberOf(label, text);
        }
    }

    private Optional<Printed> print(Element paragraph) {
        RevisionReader.ParagraphContent content = revisions.read(paragraph);
        String text = carried + content.text();
        if (content.markRemoved()) {
            carried = text;
            return Optional.empty();
        }
        carried = "";
        Element pPr = WordXml.child(paragraph, "pPr").orElse(null);
        if (text.isBlank() && WordXml.child(pPr, "sectPr").isPresent()) {
            // An empty paragraph that only carries a section break prints no number and is not counted.
            return Optional.empty();
        }
        String styleId = styles.effectiveStyle(WordXml.childVal(pPr, "pStyle").orElse(null));
        StyleSheet.NumberingRef own = WordXml.child(pPr, "numPr").map(StyleSheet::numberingRef).orElse(null);
        // Counted even when empty: Word prints and counts the number of an empty list paragraph.
        Optional<NumberingResolver.Numbered> numbered = numbering.next(styleId, own);
        String clean = text.replace('\t', ' ').strip();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        ListLabel label = numbered.map(NumberingResolver.Numbered::label).orElse(null);
        String printed = label == null ? clean : label.prefix(clean);
        int level = numbered.map(NumberingResolver.Numbered::level).orElse(-1);
        return Optional.of(new Printed(printed, label, level, styleId, content));
    }

    private void paragraph(Element paragraph) {
        Optional<Printed> printed = print(paragraph);
        if (printed.isEmpty()) {
            return;
        }
        Printed p = printed.get();
        Optional<Integer> headingLevel = headingLevel(paragraph, p);
        if (headingLevel.isPresent()) {
            builder.addHeading(p.text(), headingLevel.get(), 0, p.sectionNumber());
        } else {
            BlockKind kind = p.label() != null ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
            builder.add(p.text(), kind, 0, p.sectionNumber());
        }
        notes(p.content());
    }

    /**
     * A heading by its style or outline level when it reads as a title; also a numbered paragraph whose
     * text is a short title ("1. Services", "Article IV Fees"), at its list level.
     */
    private Optional<Integer> headingLevel(Element paragraph, Printed p) {
        String withoutLabel = p.label() == null ? p.text() : p.text().substring(p.label().prefix("").length()).strip();
        if (!HeadingText.readsAsTitle(withoutLabel)) {
            return Optional.empty();
        }
        Integer ownOutline = WordXml.child(paragraph, "pPr")
                .flatMap(pPr -> WordXml.childInt(pPr, "outlineLvl")).orElse(null);
        Optional<Integer> outline = styles.headingLevel(p.styleId(), ownOutline);
        if (outline.isPresent()) {
            return outline;
        }
        if (p.sectionNumber() != null && HeadingHeuristics.headingLevel(p.text()).isPresent()) {
            return Optional.of(p.listLevel() + 1);
        }
        return Optional.empty();
    }

    private void table(Element table) {
        for (Element row : rows(table)) {
            for (Element cell : cells(row)) {
                cell(cell);
            }
        }
    }

    private void cell(Element cell) {
        List<String> lines = new ArrayList<>();
        List<RevisionReader.ParagraphContent> contents = new ArrayList<>();
        cellContent(cell, lines, contents);
        flushCell(lines, contents);
    }

    private void cellContent(Element parent, List<String> lines, List<RevisionReader.ParagraphContent> contents) {
        for (Element child : WordXml.children(parent)) {
            if (WordXml.is(child, "p")) {
                print(child).ifPresent(p -> {
                    lines.add(p.text());
                    contents.add(p.content());
                });
            } else if (WordXml.is(child, "tbl")) {
                flushCell(lines, contents);
                table(child);
            } else if (WordXml.isWrapper(child)) {
                cellContent(child, lines, contents);
            }
        }
    }

    private void flushCell(List<String> lines, List<RevisionReader.ParagraphContent> contents) {
        if (!lines.isEmpty()) {
            builder.add(String.join("\n", lines), BlockKind.TABLE_CELL, 0, null);
        }
        contents.forEach(this::notes);
        lines.clear();
        contents.clear();
    }

    private void notes(RevisionReader.ParagraphContent content) {
        for (String id : content.footnoteIds()) {
            String note = footnotes.get(id);
            if (note != null) {
                builder.add(note, BlockKind.FOOTNOTE, 0, null);
            }
        }
        endnotesReferenced.addAll(content.endnoteIds());
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        collect(table, "tr", rows);
        return rows;
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        collect(row, "tc", cells);
        return cells;
    }

    /** Rows and cells may be wrapped in content controls. */
    private static void collect(Element parent, String localName, List<Element> out) {
        for (Element child : WordXml.children(parent)) {
            if (WordXml.is(child, localName)) {
                out.add(child);
            } else if (WordXml.isWrapper(child)) {
                collect(child, localName, out);
            }
        }
    }
}
