package org.clausecheck.extract.word;

import java.util.regex.Pattern;
import org.clausecheck.extract.HeadingHeuristics;

/**
 * Whether the text of a paragraph that Word marks as a heading (by style or outline level) reads as a
 * title. Templates often put whole clauses in heading styles ("Term. This Agreement will start ..."),
 * and those are clauses, not headings.
 */
public final class HeadingText {

    /** A title followed by a sentence: "Term. This Agreement ...". */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.:;]\\s+\\S");
    /** A heading-styled line of more words than this must look like a title to be a heading. */
    private static final int MAX_PLAIN_TITLE_WORDS = 8;

    private HeadingText() {
    }

    /** Title case or capitals ("Term & Termination"), or a few words without sentence punctuation. */
    public static boolean readsAsTitle(String text) {
        String title = text.strip();
        if (title.isEmpty() || title.length() > HeadingHeuristics.MAX_HEADING_LENGTH
                || SENTENCE_BREAK.matcher(title).find()) {
            return false;
        }
        if (HeadingHeuristics.isShortTitle(title) || HeadingHeuristics.isAllCaps(title)) {
            return true;
        }
        char last = title.charAt(title.length() - 1);
        return title.split("\\s+").length <= MAX_PLAIN_TITLE_WORDS && last != '.' && last != ';' && last != ',';
    }
}
