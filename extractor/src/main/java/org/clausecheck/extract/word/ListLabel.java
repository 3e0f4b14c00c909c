package org.clausecheck.extract.word;

import org.clausecheck.extract.SectionNumber;

/**
 * What Word prints in front of a list paragraph.
 *
 * @param printed the label as printed ("1.", "1.1", "(a)", "Article IV"); empty for bullets and
 *                levels that print nothing
 * @param bullet  true for a bulleted paragraph, whose glyph is not a section number
 */
public record ListLabel(String printed, boolean bullet) {

    /** The section number the label stands for, without a trailing period or colon; null for none. */
    public String sectionNumber() {
        if (bullet || printed.isEmpty()) {
            return null;
        }
        String number = printed;
        while (!number.isEmpty() && (number.endsWith(".") || number.endsWith(":"))) {
            number = number.substring(0, number.length() - 1).strip();
        }
        return number.isEmpty() ? null : number;
    }

    /**
     * The section number of a paragraph: Word's label when the paragraph is numbered, otherwise a number
     * typed at the start of its text ("7.2 Fees"), as many older documents do.
     */
    public static String sectionNumberOf(ListLabel label, String printedText) {
        if (label != null) {
            return label.sectionNumber();
        }
        return SectionNumber.parse(printedText).map(SectionNumber::printed).orElse(null);
    }

    /** The paragraph's text as printed: the label, a space, then the text. */
    public String prefix(String text) {
        return bullet || printed.isEmpty() ? text : printed + " " + text;
    }
}
