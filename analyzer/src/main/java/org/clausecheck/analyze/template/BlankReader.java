package org.clausecheck.analyze.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.words.WordLists;

/**
 * Finds the blanks and notes of a form in a piece of text: placeholders to fill in and notes to whoever fills it
 * in. Asterisks in brackets ("[***]") mark text withheld from a filed copy, not a blank; bare underscores are
 * signature and handwriting lines of signed copies too, so only bracketed ones ("[____]") count. The vocabulary is that of template drafting in general: variables in braces or guillemets, bullets and
 * underscores in brackets, bracketed instructions ("[insert ...]", "[Describe ...]"), labelled notes ("[Drafting
 * note: ...]", "[Note to draft: ...]") and bracketed names of what goes in the blank ("[Customer name]", "[DATE]").
 * Brackets around a number ("[90] days") or around optional wording ("[(a) the Deliverables ...]") are left alone:
 * the text around them is still a term.
 */
final class BlankReader {

    private static final WordLists WORDS = WordLists.read(BlankReader.class, "blank-reader.words");

    /** A mark found in a piece of text; offsets relative to that text. */
    record Blank(MarkKind kind, int start, int end) {
    }

    private static final Pattern BRACES = Pattern.compile("\\{\\{[^{}\\n]{1,120}\\}\\}|\\{[^{}\\n\\s][^{}\\n]{0,120}\\}");
    private static final Pattern ANGLE = Pattern.compile("<<[^<>\\n]{1,80}>>|\u00AB[^\u00AB\u00BB\\n]{1,80}\u00BB|<[A-Z][^<>\\n]{0,60}>");
    private static final Pattern NOTE_LABEL = Pattern.compile("(?i)^(?:drafting\\s+notes?|drafter'?s\\s+notes?|drafting\\s+tip"
            + "|notes?\\s+to\\s+(?:the\\s+)?(?:draft(?:er|ing)?|user|reader|preparer|parties|client|customer|vendor)"
            + "|ntd|notes?|comments?|explanatory\\s+notes?|guidance(?:\\s+notes?)?|instructions?|editor'?s\\s+notes?"
            + "|author'?s\\s+notes?|practice\\s+notes?|tip|optional\\s+(?:clause|section|provision)\\s*:?\\s*note)\\s*[:\\-\u2013\u2014.]");
    /** Imperatives that open an instruction to whoever fills in the form. */
    private static final Set<String> INSTRUCTIONS = WORDS.words("instructions");
    /** Imperatives that stand for the text to be put in. */
    private static final Set<String> FILL_INS = WORDS.words("fill-ins");
    /** What a bracketed name of a blank ends in: "[Customer name]", "[Effective Date]", "[number of days]". */
    private static final Set<String> BLANK_NOUNS = WORDS.words("blank-nouns");
    private static final Set<String> MINOR_WORDS = WORDS.words("minor-words");
    private static final Pattern BLANK_CHARACTERS = Pattern.compile("[\u25CF\u2022\u00B7\u2026_#.$\\-\u2013\u2014\\s]*"
            + "(?:[\u25CF\u2022\u2026_#]|\\.{2,})[\u25CF\u2022\u00B7\u2026_#.$\\-\u2013\u2014\\s]*");
    /** "[***]", "{*****}": text withheld from a filed copy, not a blank of a form. */
    private static final Pattern REDACTION = Pattern.compile("[\\[{(]?[\\s*]*\\*[\\s*]*[\\]})]?");
    private static final Pattern EDITORIAL = Pattern.compile("(?i)redact|omitted|confidential\\s+treatment|illegible|\\blogo\\b"
            + "|signature\\s+page|signatures?\\s+(?:on|follow)|intentionally\\s+(?:left\\s+)?blank|^\\s*reserved\\s*$");
    private static final Pattern CONDITIONAL_INSTRUCTION = Pattern.compile(
            "(?i)^(?:if|where|when|for|in case)\\b[^\\[\\]]{0,300}?[,:;]\\s*(?:then\\s+)?(?:please\\s+)?(\\p{L}+)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019/&\\-]+");

    private BlankReader() {
    }

    /** The blanks and notes of a piece of text, in order; a placeholder inside a note is part of the note. */
    static void read(String text, Consumer<Blank> found) {
        List<int[]> notes = new ArrayList<>();
        int noteEnd = -1;
        for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
            int close = open < noteEnd ? -1 : matching(text, open);
            if (close < 0) {
                continue;
            }
            MarkKind kind = classify(text.substring(open + 1, close));
            if (kind != null) {
                found.accept(new Blank(kind, open, close + 1));
                if (kind == MarkKind.DRAFTING_NOTE) {
                    noteEnd = close + 1;
                    notes.add(new int[] {open, noteEnd});
                }
            }
        }
        for (Pattern pattern : List.of(BRACES, ANGLE)) {
            if (pattern == BRACES ? text.indexOf('{') < 0 : text.indexOf('<') < 0 && text.indexOf('\u00AB') < 0) {
                continue; // most text has neither
            }
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                if (isRedaction(matcher.group().substring(1, matcher.group().length() - 1))) {
                    continue;
                }
                if (notes.stream().noneMatch(note -> note[0] <= start && start < note[1])) {
                    found.accept(new Blank(MarkKind.PLACEHOLDER, start, matcher.end()));
                }
            }
        }
    }

    /**
     * Text withheld or described by whoever filed or printed the copy ("[***]", "[Redacted]", "[ILLEGIBLE]",
     * "[LOGO]", "<Signature page follows>"): no blank of a form.
     */
    static boolean isRedaction(String text) {
        return REDACTION.matcher(text).matches() || EDITORIAL.matcher(text).find();
    }

    /** The "]" that closes the "[" at {@code open}, counting nested brackets; -1 when there is none nearby. */
    private static int matching(String text, int open) {
        int depth = 0;
        int limit = Math.min(text.length(), open + 3000);
        for (int i = open; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** What the content of a pair of brackets is, or null when it is neither a blank nor a note. */
    static MarkKind classify(String bracketed) {
        String content = bracketed.strip();
        if (content.isEmpty() || OptionReader.isBoxContent(bracketed) || isRedaction(content)) {
            return null;
        }
        if (BLANK_CHARACTERS.matcher(content).matches()) {
            return MarkKind.PLACEHOLDER;
        }
        if (NOTE_LABEL.matcher(content).lookingAt()) {
            return MarkKind.DRAFTING_NOTE;
        }
        List<String> words = WORD.matcher(content).results().map(m -> m.group().toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0);
        if (FILL_INS.contains(first) && words.size() > 1) {
            return words.size() <= 8 ? MarkKind.PLACEHOLDER : MarkKind.DRAFTING_NOTE;
        }
        if (INSTRUCTIONS.contains(first) && words.size() > 1 && Character.isLetter(content.charAt(0))) {
            return MarkKind.DRAFTING_NOTE;
        }
        Matcher conditional = CONDITIONAL_INSTRUCTION.matcher(content);
        if (conditional.lookingAt()) {
            String verb = conditional.group(1).toLowerCase(Locale.ROOT);
            if (INSTRUCTIONS.contains(verb) || FILL_INS.contains(verb)) {
                return MarkKind.DRAFTING_NOTE;
            }
        }
        return namesABlank(content, words) ? MarkKind.PLACEHOLDER : null;
    }

    /** "[Customer name]", "[EFFECTIVE DATE]", "[number of days]", "[COMPANY]": the name of what goes in the blank. */
    private static boolean namesABlank(String content, List<String> words) {
        if (words.size() > 6 || content.matches(".*[.;:!?,]\\s*\\S.*") || content.chars().anyMatch(Character::isDigit)
                || !BLANK_NOUNS.contains(words.get(words.size() - 1))) {
            return false;
        }
        if (words.size() <= 3) {
            return true;
        }
        for (String word : WORD.matcher(content).results().map(java.util.regex.MatchResult::group).toList()) {
            if (!Character.isUpperCase(word.charAt(0)) && !MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
