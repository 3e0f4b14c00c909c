package org.clausecheck.analyze.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.HeadingHeuristics;
import org.clausecheck.extract.SectionNumber;

/**
 * Divides a document into clauses and sentences. Clauses start at headings and at section numbers, also
 * numbers printed inside a block: plain-text and PDF sources often run several sections into one paragraph.
 */
public final class StructureBuilder {

    // A section number inside running text: after a sentence end or a wide gap, before a capitalised word.
    // (No look-behind: the gap is matched and skipped, which is much cheaper on long paragraphs.)
    static final Pattern INLINE_SECTION = Pattern.compile(
            "(?:[.:;!?\"\u201D)]\\s{1,6}|\\s{3,})"
                    + "((?:Section|SECTION|Article|ARTICLE)\\s+(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}|[IVX]{1,5})"
                    + "|\\d{1,2}(?:\\.\\d{1,2}){0,3})[.:]?\\s+(?=[A-Z\"\u201C(])");
    // An inline title after a section number: "Intellectual Property. " or "CONFIDENTIALITY "
    private static final Pattern INLINE_TITLE = Pattern.compile(
            "^([A-Z][A-Za-z'&/,\\- ]{2,70}?)(?:\\.|:|\\s[-\u2013\u2014])\\s");
    private static final Pattern CAPS_TITLE = Pattern.compile("^([A-Z][A-Z'&/,\\- ]{3,70}[A-Z])(?=\\s+[A-Z][a-z]|\\.|:)");
    private static final Pattern NUMBER_PUNCTUATION = Pattern.compile("^[.:]?\\s+");


    private StructureBuilder() {
    }

    public static DocumentStructure build(ExtractedDocument document) {
        Builder builder = new Builder(document.text());
        for (Block block : document.blocks()) {
            if (block.kind() == BlockKind.HEADING) {
                builder.openClause(block.sectionNumber(), titleOf(block), block.headingPath(), block.page(),
                        block.start());
                continue;
            }
            addBlock(builder, block);
        }
        return builder.finish();
    }

    private static String titleOf(Block heading) {
        String text = heading.text().strip();
        return SectionNumber.parse(text).map(n -> n.stripFrom(text)).orElse(text);
    }

    private static void addBlock(Builder builder, Block block) {
        String text = block.text();
        List<int[]> pieces = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        int pieceStart = 0;
        String number = block.sectionNumber();
        Matcher inline = INLINE_SECTION.matcher(text);
        char[] chars = text.toCharArray(); // scanned much faster than a string with wide characters
        for (int from = 0; findInlineSection(inline, chars, from); from = inline.end()) {
            int at = inline.start(1);
            if (at == 0) {
                continue;
            }
            pieces.add(new int[] {pieceStart, at});
            numbers.add(number);
            pieceStart = at;
            number = inline.group(1);
        }
        pieces.add(new int[] {pieceStart, text.length()});
        numbers.add(number);
        for (int i = 0; i < pieces.size(); i++) {
            int[] piece = pieces.get(i);
            String sectionNumber = numbers.get(i);
            String pieceText = text.substring(piece[0], piece[1]);
            boolean opensClause = sectionNumber != null && (i > 0 || block.sectionNumber() != null)
                    && builder.levelOf(sectionNumber) < SectionNumber.ITEM_LEVEL;
            if (opensClause) {
                builder.openClause(sectionNumber, inlineTitle(pieceText, sectionNumber), block.headingPath(),
                        block.page(), block.start() + piece[0]);
            }
            for (int[] span : SentenceSplitter.split(pieceText)) {
                builder.addSentence(block.start() + piece[0] + span[0], block.start() + piece[0] + span[1],
                        block.page(), block.headingPath());
            }
            if (block.kind() == BlockKind.TABLE_CELL && SentenceLinks.isLabel(pieceText)) {
                builder.markLastAsLabel();
            }
        }
    }

    /**
     * {@code inline.find(from)}, but the expression is only tried where it can start: sentence punctuation before
     * white space, or three white space characters. Letting the regular expression try every offset of every
     * block was the most expensive part of the structure.
     */
    static boolean findInlineSection(Matcher inline, char[] text, int from) {
        for (int at = from; at < text.length; at++) {
            if (mayStartInlineSection(text, at)) {
                inline.region(at, text.length);
                if (inline.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mayStartInlineSection(char[] text, int at) {
        char c = text[at];
        if (c > '?' && c != '\u201D') {
            return false; // letters and most other characters, in one comparison
        }
        boolean gap = SentenceSplitter.isSpace(c)
                ? at + 2 < text.length && SentenceSplitter.isSpace(text[at + 1]) && SentenceSplitter.isSpace(text[at + 2])
                : ".:;!?\"\u201D)".indexOf(c) >= 0 && at + 1 < text.length && SentenceSplitter.isSpace(text[at + 1]);
        if (!gap) {
            return false;
        }
        // The number follows the white space: "Section", "Article" (either case) or a digit.
        int number = at + 1;
        while (number < text.length && SentenceSplitter.isSpace(text[number])) {
            number++;
        }
        return number < text.length && (text[number] == 'S' || text[number] == 'A' || text[number] >= '0' && text[number] <= '9');
    }

    /** The short title that follows a section number in running text, or "". */
    static String inlineTitle(String piece, String sectionNumber) {
        // The expressions are anchored, so they are tried at the title's start only, within the piece.
        int titleStart = 0;
        int numberStart = piece.indexOf(sectionNumber);
        if (numberStart >= 0) {
            titleStart = numberStart + sectionNumber.length();
            Matcher punctuation = NUMBER_PUNCTUATION.matcher(piece).region(titleStart, piece.length());
            if (punctuation.lookingAt()) {
                titleStart = punctuation.end();
            }
        }
        if (titleStart >= piece.length() || piece.charAt(titleStart) < 'A' || piece.charAt(titleStart) > 'Z') {
            return ""; // both title expressions start with a capital letter
        }
        Matcher caps = CAPS_TITLE.matcher(piece).region(titleStart, piece.length());
        if (caps.lookingAt()) {
            return caps.group(1).strip();
        }
        Matcher title = INLINE_TITLE.matcher(piece).region(titleStart, piece.length());
        if (title.lookingAt() && HeadingHeuristics.isShortTitle(title.group(1))) {
            return title.group(1).strip();
        }
        return "";
    }

    /** Accumulates clauses and sentences; a clause ends where the next one opens. */
    private static final class Builder {
        private final String text;
        private final List<Clause> clauses = new ArrayList<>();
        private final List<Sentence> sentences = new ArrayList<>();
        private final java.util.BitSet labels = new java.util.BitSet();
        private String number;
        private String title = "";
        private List<String> headingPath = List.of();
        private int page;
        private int start;
        private boolean open;
        private String heading; // the open clause's heading context, computed once
        /**
         * Levels of section numbers already parsed: a contract numbers its sections alike ("1", "2.1", "(a)") and
         * parsing one takes three regular expressions. Per document, so that no state outlives a build.
         */
        private final Map<String, Integer> levels = new HashMap<>();

        Builder(String text) {
            this.text = text;
        }

        int levelOf(String sectionNumber) {
            return levels.computeIfAbsent(sectionNumber, number -> SectionNumber.parse(number + " X")
                    .map(SectionNumber::level).orElse(SectionNumber.ITEM_LEVEL));
        }

        void openClause(String sectionNumber, String clauseTitle, List<String> path, int clausePage, int offset) {
            closeClause(offset);
            number = sectionNumber;
            title = clauseTitle == null ? "" : clauseTitle;
            headingPath = path;
            page = clausePage;
            start = offset;
            open = true;
            heading = null;
        }

        void addSentence(int sentenceStart, int sentenceEnd, int sentencePage, List<String> path) {
            if (!open) {
                openClause(null, "", path, sentencePage, sentenceStart);
            }
            if (heading == null) {
                heading = new Clause(clauses.size(), number, title, headingPath, page, start, start).headingContext();
            }
            sentences.add(new Sentence(sentences.size(), text.substring(sentenceStart, sentenceEnd), sentenceStart,
                    sentenceEnd, sentencePage, number, heading, clauses.size()));
        }

        private void closeClause(int end) {
            if (open) {
                clauses.add(new Clause(clauses.size(), number, title, headingPath, page, start, Math.max(start, end)));
                open = false;
            }
        }

        /** The last sentence added is a table's row label ("Deliverables"), which introduces the cells after it. */
        void markLastAsLabel() {
            if (!sentences.isEmpty()) {
                labels.set(sentences.size() - 1);
            }
        }

        DocumentStructure finish() {
            closeClause(text.length());
            return new DocumentStructure(clauses, sentences, SentenceLinks.of(sentences, labels));
        }
    }
}
