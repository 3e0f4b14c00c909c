package org.clausecheck.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import org.clausecheck.extract.SectionNumber;

/**
 * Joins printed lines into paragraphs. A new paragraph starts after a vertical gap wider than the usual
 * line spacing, where the font size or weight changes, at a section number or bullet that follows the end
 * of a sentence or a short line, after a short line that ends a sentence, and at a first-line indent.
 * Across pages and columns a paragraph goes on only when the previous line ends mid-sentence and the
 * next starts in lower case.
 */
final class ParagraphAssembler {

    /** A gap this many times the usual line spacing separates paragraphs. */
    private static final float PARAGRAPH_GAP = 1.3f;
    /** A line ending this share of the text width before the right edge is short. */
    private static final float SHORT_LINE = 0.2f;
    /** Flows with fewer lines are measured with the whole document. */
    private static final int MIN_MEASURED_LINES = 5;
    /** Size difference, in points, that counts as a change of font. */
    private static final float SIZE_CHANGE = 1.0f;

    private final Dehyphenator dehyphenator;
    private final List<PdfParagraph> paragraphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private PdfLine first;
    private PdfLine last;
    private int lineCount;
    private boolean allBold;

    private ParagraphAssembler(Dehyphenator dehyphenator) {
        this.dehyphenator = dehyphenator;
    }

    /** Paragraphs of the flows, which are given in reading order across the whole document. */
    static List<PdfParagraph> assemble(List<List<PdfLine>> flows) {
        Dehyphenator dehyphenator = new Dehyphenator(() -> flows.stream()
                .flatMap(List::stream).map(PdfLine::text).toList());
        ParagraphAssembler assembler = new ParagraphAssembler(dehyphenator);
        List<List<PdfLine>> merged = flows.stream().map(ParagraphAssembler::mergeBaselines).toList();
        Measure document = Measure.of(merged);
        for (List<PdfLine> flow : merged) {
            assembler.addFlow(flow, flow.size() >= MIN_MEASURED_LINES ? Measure.of(List.of(flow)) : document);
        }
        assembler.endParagraph();
        return assembler.paragraphs;
    }

    /**
     * The usual distance between baselines and the right margin of some text; a short flow (a few lines
     * between two tables) borrows the document's.
     *
     * @param spacing the median distance between successive baselines, or 0 when there are none
     * @param right   the right margin, robust to a few over-wide lines
     */
    private record Measure(float spacing, float right) {

        static Measure of(List<List<PdfLine>> flows) {
            List<Float> gaps = new ArrayList<>();
            List<Float> rights = new ArrayList<>();
            for (List<PdfLine> flow : flows) {
                for (int i = 0; i < flow.size(); i++) {
                    rights.add(flow.get(i).right());
                    float dy = i == 0 ? 0 : flow.get(i).y() - flow.get(i - 1).y();
                    if (dy > 0 && dy < 3 * flow.get(i).fontSize()) {
                        gaps.add(dy);
                    }
                }
            }
            return new Measure(gaps.isEmpty() ? 0 : percentile(gaps, 0.5f),
                    rights.isEmpty() ? 0 : percentile(rights, 0.9f));
        }

        private static float percentile(List<Float> values, float share) {
            List<Float> sorted = new ArrayList<>(values);
            sorted.sort(null);
            return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * share)));
        }
    }

    private void addFlow(List<PdfLine> lines, Measure measure) {
        if (lines.isEmpty()) {
            return;
        }
        float left = Float.MAX_VALUE;
        for (PdfLine line : lines) {
            left = Math.min(left, line.x());
        }
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            boolean newParagraph;
            if (last == null) {
                newParagraph = true;
            } else if (i == 0) {
                newParagraph = !continues(last.text(), line.text());
            } else {
                newParagraph = breaksBefore(line, measure, left);
            }
            if (newParagraph) {
                endParagraph();
                startParagraph(line);
            } else {
                dehyphenator.join(text, line.text());
                allBold &= line.bold();
                lineCount++;
            }
            last = line;
        }
    }

    private boolean breaksBefore(PdfLine line, Measure measure, float left) {
        float size = Math.max(line.fontSize(), last.fontSize());
        float dy = line.y() - last.y();
        if (dy < -0.5f * size) {
            return !continues(last.text(), line.text());
        }
        if (dy > (measure.spacing() > 0 ? measure.spacing() : 1.2f * size) * PARAGRAPH_GAP + 0.5f) {
            return true;
        }
        if (Math.abs(line.fontSize() - last.fontSize()) > SIZE_CHANGE || line.bold() != last.bold()) {
            return true;
        }
        boolean endsSentence = endsSentence(last.text());
        float right = measure.right();
        boolean lastShort = right > left && right - last.right() > SHORT_LINE * (right - left);
        // Cheap tests first: parsing a section number is the costly part of this loop.
        if ((endsSentence || lastShort) && startsItem(line.text())) {
            return true;
        }
        if (endsWithPageReference(last.text(), line.text())
                || (lineCount == 1 && startsDecimal(first.text()) && startsDecimal(line.text()))) {
            return true;
        }
        if (lastShort && (endsSentence || !Character.isLowerCase(line.text().charAt(0)))) {
            return true;
        }
        return endsSentence && line.x() > last.x() + size && line.x() > left + size;
    }

    private void startParagraph(PdfLine line) {
        first = line;
        text.append(line.text());
        lineCount = 1;
        allBold = line.bold();
    }

    private void endParagraph() {
        if (first != null && text.length() > 0) {
            paragraphs.add(new PdfParagraph(text.toString(), first.page(), lineCount, first.fontSize(), allBold));
        }
        text.setLength(0);
        first = null;
    }

    /** True when the next line reads on from the previous across a page or column break. */
    private static boolean continues(String previous, String next) {
        return !endsSentence(previous) && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }

    private static boolean endsSentence(String line) {
        char end = line.charAt(line.length() - 1);
        return end == '.' || end == ':' || end == ';' || end == '!' || end == '?';
    }

    /** A line ending in a number before a numbered section: a table of contents entry and its page. */
    private static boolean endsWithPageReference(String previous, String line) {
        return Character.isDigit(previous.charAt(previous.length() - 1))
                && SectionNumber.parse(line).map(n -> n.level() < SectionNumber.ITEM_LEVEL).orElse(false);
    }

    /** True for "7.2 ..." or "7. ...": one numbered line after another is a list of entries, not a wrap. */
    private static boolean startsDecimal(String line) {
        return Character.isDigit(line.charAt(0)) && SectionNumber.parse(line).isPresent();
    }

    private static boolean startsItem(String line) {
        char start = line.charAt(0);
        return start == '\u2022' || start == '\u25AA' || start == '\u25CF' || start == '-' || start == '*'
                || SectionNumber.parse(line).isPresent();
    }

    /** Joins runs that sit on one baseline, left to right, into one line. */
    private static List<PdfLine> mergeBaselines(List<PdfLine> runs) {
        List<PdfLine> lines = new ArrayList<>(runs.size());
        for (PdfLine run : runs) {
            int lastIndex = lines.size() - 1;
            if (lastIndex >= 0 && lines.get(lastIndex).sameBaseline(run) && run.x() >= lines.get(lastIndex).right() - 1) {
                lines.set(lastIndex, lines.get(lastIndex).merge(run));
            } else {
                lines.add(run);
            }
        }
        return lines;
    }
}
