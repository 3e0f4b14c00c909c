package org.clausecheck.extract.pdf;

import java.util.Optional;
import java.util.regex.Pattern;
import org.clausecheck.extract.HeadingHeuristics;
import org.clausecheck.extract.SectionNumber;

/**
 * Decides which paragraphs are headings: those the shared heuristics accept (numbered short titles,
 * article labels, short lines in capitals) except entries of a table of contents, and short paragraphs of at most two lines set in bold or in a
 * larger font than the body that do not read as a sentence.
 */
final class PdfHeadings {

    /** Longer bold or large paragraphs are emphasised prose, not headings. */
    private static final int MAX_STYLED_HEADING = 160;
    /** A heading may run on briefly after a full stop ("Term. Renewal"), not for a sentence. */
    private static final int MAX_WORDS_AFTER_STOP = 4;
    /** Bigger than the body by this many points counts as a larger font. */
    private static final float LARGER = 1.5f;

    /** "5.3 Equipment 13", "Section 5.7 No Division ....... 25": a numbered title and its page. */
    private static final Pattern TABLE_OF_CONTENTS_ENTRY = Pattern.compile("\\p{L}[\\s.]+\\d{1,3}$");

    private final float bodyFontSize;

    PdfHeadings(float bodyFontSize) {
        this.bodyFontSize = bodyFontSize;
    }

    /** The heading level of the paragraph, when it is a heading. */
    Optional<Integer> level(PdfParagraph paragraph, Optional<SectionNumber> number) {
        if (paragraph.lines() > 2 || number.map(n -> n.level() >= SectionNumber.ITEM_LEVEL).orElse(false)) {
            return Optional.empty();
        }
        String text = paragraph.text();
        if (number.isPresent() && TABLE_OF_CONTENTS_ENTRY.matcher(text).find()) {
            return Optional.empty();
        }
        String title = number.map(n -> n.stripFrom(text)).orElse(text);
        boolean sentence = !title.isEmpty() && readsAsSentence(title);
        // The shared heuristics judge single lines; a wrapped one must not read as a sentence either.
        Optional<Integer> level = HeadingHeuristics.headingLevel(text);
        if (level.isPresent() && (paragraph.lines() == 1 || !sentence)) {
            return level;
        }
        boolean styled = paragraph.bold() || paragraph.fontSize() >= bodyFontSize + LARGER;
        if (!styled || text.length() > MAX_STYLED_HEADING || title.isEmpty() || sentence) {
            return Optional.empty();
        }
        return Optional.of(number.map(SectionNumber::level).orElse(1));
    }

    /** Ends like a clause, starts in lower case, or goes on for several words after a full stop. */
    private static boolean readsAsSentence(String title) {
        char end = title.charAt(title.length() - 1);
        if (end == ',' || end == ';' || (end == '.' && title.split(" ").length > 12)
                || !Character.isUpperCase(firstLetter(title))) {
            return true;
        }
        int stop = title.indexOf(". ");
        return stop >= 0 && title.substring(stop + 2).split(" ").length > MAX_WORDS_AFTER_STOP;
    }

    private static char firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }
}
