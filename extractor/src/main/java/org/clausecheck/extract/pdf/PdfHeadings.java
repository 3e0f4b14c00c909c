package org.clausecheck.extract.pdf;

import java.util.Optional;
import org.clausecheck.extract.HeadingHeuristics;
import org.clausecheck.extract.SectionNumber;

/**
 * Decides which paragraphs are headings: those the shared heuristics accept (numbered short titles,
 * article labels, short lines in capitals), and short paragraphs of at most two lines set in bold or in a
 * larger font than the body that do not read as a sentence.
 */
final class PdfHeadings {

    /** Longer bold or large paragraphs are emphasised prose, not headings. */
    private static final int MAX_STYLED_HEADING = 160;
    /** Bigger than the body by this many points counts as a larger font. */
    private static final float LARGER = 1.5f;

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
        Optional<Integer> level = HeadingHeuristics.headingLevel(text);
        if (level.isPresent()) {
            return level;
        }
        boolean styled = paragraph.bold() || paragraph.fontSize() >= bodyFontSize + LARGER;
        if (!styled || text.length() > MAX_STYLED_HEADING || readsAsSentence(text)) {
            return Optional.empty();
        }
        return Optional.of(number.map(SectionNumber::level).orElse(1));
    }

    private static boolean readsAsSentence(String text) {
        char end = text.charAt(text.length() - 1);
        return end == ',' || end == ';' || (end == '.' && text.split(" ").length > 12)
                || !Character.isUpperCase(firstLetter(text));
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
