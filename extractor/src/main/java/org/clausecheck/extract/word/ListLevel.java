package org.clausecheck.extract.word;

/**
 * How one level of a Word list numbers its paragraphs.
 *
 * @param start        the first value of the counter
 * @param numFmt       the number format, named as in WordprocessingML ("decimal", "lowerLetter", ...)
 * @param levelText    the printed template; "%1".."%9" stand for the counters of levels 1..9
 * @param legal        legal numbering: every level referenced in the template prints as decimal
 * @param restartAfter the counter restarts when a level at or above this 1-based level advances;
 *                     0 never restarts; {@link #RESTART_AFTER_ANY} restarts after any shallower level
 */
public record ListLevel(int start, String numFmt, String levelText, boolean legal, int restartAfter) {

    /** Word's default: a level restarts whenever a shallower level advances. */
    public static final int RESTART_AFTER_ANY = -1;

    public ListLevel {
        numFmt = numFmt == null ? NumberFormats.DECIMAL : numFmt;
        levelText = levelText == null ? "" : levelText;
    }

    public boolean isBullet() {
        return NumberFormats.BULLET.equals(numFmt);
    }

    /** True when this level restarts after the given (0-based) level advanced. */
    public boolean restartsAfter(int shallowerLevel, int thisLevel) {
        if (restartAfter == RESTART_AFTER_ANY) {
            return shallowerLevel < thisLevel;
        }
        return restartAfter > 0 && shallowerLevel < restartAfter;
    }

    public ListLevel withStart(int newStart) {
        return new ListLevel(newStart, numFmt, levelText, legal, restartAfter);
    }
}
