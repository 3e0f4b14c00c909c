package org.clausecheck.analyze.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;
import org.clausecheck.analyze.words.WordLists;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.HeadingHeuristics;

/**
 * Reads what makes a document a form not yet filled in: options ({@link OptionReader}), blanks and notes
 * ({@link BlankReader}), sentences that are only a label and blanks ("Security Policy available at {url}"), and
 * headings or labels with nothing under them but blanks and notes ("Transition Plan [add details]"). None of these
 * is an agreed term; an option is one only when ticked.
 */
public final class TemplateReader {

    private static final WordLists WORDS = WordLists.read(TemplateReader.class, "template-reader.words");

    /** A sentence with a blank and at most this many other words is a label and a blank. */
    static final int MAX_LABEL_WORDS = 6;
    private static final int MAX_LABEL_LENGTH = 80;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'\u2019\\-]*");
    /** Words that make a sentence an act of the parties even when the rest is blanks. */
    private static final Set<String> OPERATIVE_WORDS = WORDS.words("operative");

    private TemplateReader() {
    }

    public static TemplateMarks read(ExtractedDocument document, DocumentStructure structure) {
        List<Block> blocks = document.blocks();
        String text = document.text();
        List<TemplateMark> marks = new ArrayList<>();
        readOptions(blocks, marks);
        for (Block block : blocks) {
            BlankReader.read(block.text(), blank -> marks.add(new TemplateMark(blank.kind(),
                    block.start() + blank.start(), block.start() + blank.end(), block.start() + blank.start(), -1)));
        }
        if (marks.isEmpty()) {
            return TemplateMarks.NONE;
        }
        List<TemplateMark> found = List.copyOf(marks);
        List<TemplateMark> sentences = placeholderSentences(text, structure, found);
        marks.addAll(sentences);
        for (TemplateMark heading : emptyHeadings(text, blocks, found)) {
            // a label and a blank that is one sentence is marked once, as that sentence
            if (sentences.stream().noneMatch(s -> s.start() <= heading.start() && heading.end() <= s.end())) {
                marks.add(heading);
            }
        }
        return new TemplateMarks(marks);
    }

    private static void readOptions(List<Block> blocks, List<TemplateMark> marks) {
        List<OptionReader.Option> options = OptionReader.read(blocks);
        Map<Integer, Boolean> groupChosen = new HashMap<>();
        for (OptionReader.Option option : options) {
            groupChosen.merge(option.group(), option.chosen(), Boolean::logicalOr);
        }
        for (OptionReader.Option option : options) {
            MarkKind kind = option.chosen() ? MarkKind.CHOSEN_OPTION
                    : groupChosen.get(option.group()) ? MarkKind.UNCHOSEN_OPTION : MarkKind.OPEN_OPTION;
            marks.add(new TemplateMark(kind, option.start(), Math.max(option.end(), option.markerEnd()),
                    option.markerEnd(), option.group()));
        }
    }

    /** Sentences made of a blank and a label: no obligation, grant or statement, whatever goes in the blank. */
    private static List<TemplateMark> placeholderSentences(String text, DocumentStructure structure,
                                                           List<TemplateMark> found) {
        List<TemplateMark> sentences = new ArrayList<>();
        for (Sentence sentence : structure.sentences()) {
            boolean blank = found.stream().anyMatch(mark -> mark.kind() == MarkKind.PLACEHOLDER
                    && mark.overlaps(sentence.start(), sentence.end()));
            if (blank && isLabel(wordsOutsideMarks(text, sentence.start(), sentence.end(), found))) {
                sentences.add(new TemplateMark(MarkKind.PLACEHOLDER_SENTENCE, sentence.start(), sentence.end(),
                        sentence.start(), -1));
            }
        }
        return sentences;
    }

    /**
     * Headings whose section holds no words outside blanks and notes, and labels (a block that reads as a title)
     * followed only by blanks and notes, in their own block or in the next one.
     */
    private static List<TemplateMark> emptyHeadings(String text, List<Block> blocks, List<TemplateMark> found) {
        List<TemplateMark> empty = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == BlockKind.HEADING) {
                if (sectionIsBlank(text, blocks, b, found)) {
                    empty.add(new TemplateMark(MarkKind.EMPTY_HEADING, block.start(), block.end(), block.start(), -1));
                }
                continue;
            }
            boolean marked = hasBlankOrNote(block, found);
            boolean option = found.stream().anyMatch(mark -> mark.overlaps(block.start(), block.end()) && mark.group() >= 0);
            if (option || !marked && block.text().length() > MAX_LABEL_LENGTH) {
                continue; // an option's text is a choice, not a label; a label is short unless blanks and notes fill it
            }
            List<String> words = wordsOutsideMarks(text, block.start(), block.end(), found);
            if (words.isEmpty() || words.size() > MAX_LABEL_WORDS || !readsAsLabel(text, block, found)) {
                continue;
            }
            boolean nextIsBlank = b + 1 < blocks.size() && blocks.get(b + 1).kind() != BlockKind.HEADING
                    && isOnlyBlanks(text, blocks.get(b + 1), found);
            if (marked || nextIsBlank) {
                empty.add(new TemplateMark(MarkKind.EMPTY_HEADING, block.start(), block.end(), block.start(), -1));
            }
        }
        return empty;
    }

    /**
     * True when the heading's section (up to the next heading of its level or above) has blanks or notes and no
     * other words, in the heading or its blocks. A heading with nothing at all under it is a matter of layout (a
     * title over a table, an exhibit label), not of a form.
     */
    private static boolean sectionIsBlank(String text, List<Block> blocks, int heading, List<TemplateMark> found) {
        Block head = blocks.get(heading);
        int depth = head.headingPath().size();
        boolean blanks = hasBlankOrNote(head, found);
        for (int b = heading + 1; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == BlockKind.HEADING && block.headingPath().size() <= depth) {
                break;
            }
            if (block.kind() != BlockKind.HEADING && !wordsOutsideMarks(text, block.start(), block.end(), found).isEmpty()) {
                return false;
            }
            blanks |= hasBlankOrNote(block, found);
        }
        return blanks;
    }

    /** A block of blanks and notes and nothing else. */
    private static boolean isOnlyBlanks(String text, Block block, List<TemplateMark> found) {
        return hasBlankOrNote(block, found) && wordsOutsideMarks(text, block.start(), block.end(), found).isEmpty();
    }

    private static boolean hasBlankOrNote(Block block, List<TemplateMark> found) {
        return found.stream().anyMatch(mark -> mark.overlaps(block.start(), block.end())
                && (mark.kind() == MarkKind.PLACEHOLDER || mark.kind() == MarkKind.DRAFTING_NOTE));
    }

    /** The block's words outside blanks and notes read as a title ("Transition Plan", "Security Policy:"). */
    private static boolean readsAsLabel(String text, Block block, List<TemplateMark> found) {
        String rest = blankedOut(text, block.start(), block.end(), found).replaceAll("\\s+", " ").strip();
        rest = rest.replaceAll("[:\u2013\u2014\\-]+$", "").strip();
        return !rest.isEmpty() && (HeadingHeuristics.isShortTitle(rest) || HeadingHeuristics.isAllCaps(rest))
                && !hasOperativeWord(rest);
    }

    private static boolean isLabel(List<String> words) {
        return words.size() <= MAX_LABEL_WORDS && words.stream().noneMatch(OPERATIVE_WORDS::contains);
    }

    private static boolean hasOperativeWord(String text) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (OPERATIVE_WORDS.contains(word.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case words of a stretch of text outside blanks, notes and the boxes of options. */
    static List<String> wordsOutsideMarks(String text, int start, int end, List<TemplateMark> found) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(blankedOut(text, start, end, found));
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static String blankedOut(String text, int start, int end, List<TemplateMark> found) {
        char[] chars = text.substring(start, end).toCharArray();
        for (TemplateMark mark : found) {
            if (!mark.overlaps(start, end)) {
                continue;
            }
            boolean whole = mark.kind() == MarkKind.PLACEHOLDER || mark.kind() == MarkKind.DRAFTING_NOTE;
            int to = whole ? mark.end() : mark.markerEnd();
            for (int i = Math.max(mark.start(), start); i < Math.min(to, end); i++) {
                chars[i - start] = ' ';
            }
        }
        return new String(chars);
    }
}
