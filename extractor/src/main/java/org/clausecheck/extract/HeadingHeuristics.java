package org.clausecheck.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises headings in formats that do not mark them (PDF, DOC, plain text): short lines in capitals,
 * and numbered lines whose remainder is a short title rather than a sentence. A line that opens with a check box
 * ("[ ] ISO 27001") is an option of a form, never a heading.
 */
public final class HeadingHeuristics {

    /** Longer lines are prose, not headings. */
    public static final int MAX_HEADING_LENGTH = 100;

    /** A check box or option button that opens a line of a form ("[ ] ISO 27001", "☒ SOC 2"): an option, not a title. */
    private static final Pattern FORM_BOX = Pattern.compile(
            "(?:\\[[ \u00A0xX\u2713\u2714]{0,5}\\]|\\([ \u00A0xX\u2022]{1,3}\\)|[\u2610\u2611\u2612\u25A1\u274F])(?:\\s|$)");

    private HeadingHeuristics() {
    }

    /** True for a short line whose letters are (nearly) all capitals: "DEFINITIONS", "ARTICLE 5 - FEES". */
    public static boolean isAllCaps(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_HEADING_LENGTH) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper >= letters * 0.9;
    }

    /**
     * True for a short title without sentence punctuation: "Confidentiality", "Term and Termination",
     * "Intellectual Property Rights:".
     */
    public static boolean isShortTitle(String text) {
        String title = text.strip();
        if (title.isEmpty() || title.length() > 80 || !Character.isUpperCase(firstLetter(title))) {
            return false;
        }
        char last = title.charAt(title.length() - 1);
        if (last == ',' || last == ';' || (last == '.' && title.split("\\s+").length > 6)) {
            return false;
        }
        String[] words = title.split("\\s+");
        if (words.length > 10) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (!word.isEmpty() && (Character.isUpperCase(firstLetter(word)) || isMinorWord(word))) {
                capitalised++;
            }
        }
        return capitalised == words.length;
    }

    /**
     * Classifies a line that stands alone (its own paragraph): a heading when it is numbered with a short
     * title, an article or schedule label, or short and in capitals.
     *
     * @return the heading's level, when the line is a heading
     */
    public static Optional<Integer> headingLevel(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_HEADING_LENGTH || FORM_BOX.matcher(text).lookingAt()) {
            return Optional.empty();
        }
        Optional<SectionNumber> number = SectionNumber.parse(text);
        if (number.isPresent()) {
            SectionNumber section = number.get();
            String rest = section.stripFrom(text);
            boolean named = Character.isLetter(section.printed().charAt(0));
            if (section.level() >= SectionNumber.ITEM_LEVEL) {
                return Optional.empty();
            }
            if (rest.isEmpty() ? named : isAllCaps(rest) || isShortTitle(rest)) {
                return Optional.of(section.level());
            }
            return Optional.empty();
        }
        return isAllCaps(text) && !text.endsWith(",") ? Optional.of(1) : Optional.empty();
    }

    private static char firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static boolean isMinorWord(String word) {
        return switch (word.toLowerCase()) {
            case "a", "an", "and", "or", "of", "the", "to", "for", "in", "on", "with", "by", "&", "-", "–" -> true;
            default -> !Character.isLetter(word.charAt(0));
        };
    }
}
