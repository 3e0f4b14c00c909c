package org.clausecheck.inventory.keyterms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date left partly blank in a filed form: "as of ____________, 2000", "[ ], 2018", "this ___ day of _______, 1999",
 * "April __, 2013", "this day of , 19" where the text lost the lines. Read as written: it states no day.
 */
final class PartialDate {

    /** A blank: a line, or brackets holding nothing, spaces, stars or a dot ("[ ]", "[*]", "[·]"). */
    private static final String BLANK = "(?:_{2,}|\\[[\\s_*\u2022\u00b7]{0,8}\\]|\\[\\s*\\*+\\s*\\])";
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";
    private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
    /**
     * Blanks drawn as lines the text layer does not hold: "made and entered into this day of , 19", "this day of
     * March, 2018"; the year may be blank too ("19").
     */
    private static final String LOST_BLANKS = "\\b(?:this|the)\\s+day\\s+of\\s*(?:" + MONTH + ")?\\s*,\\s*"
            + "((?:19|20)(?:\\d\\d)?)(?!\\d)";
    /** "____, 2000", "April __, 2013", "this ___ day of _______, 1999"; "the ____ day of March, 2018". */
    private static final Pattern PARTIAL = Pattern.compile("(?i)(?:" + BLANK + "\\s*(?:day\\s+of\\s+)?)?(?:" + MONTH
            + "\\s*" + BLANK + "|" + BLANK + ")\\s*,?\\s*" + YEAR + "|" + BLANK + "\\s*(?:day\\s+of\\s+)" + MONTH
            + "\\s*,?\\s*" + YEAR + "|" + LOST_BLANKS);

    record Found(String text, String year, int start) {
    }

    private PartialDate() {
    }

    static Optional<Found> first(String text) {
        Matcher matcher = PARTIAL.matcher(text);
        if (matcher.find()) {
            String year = matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            return Optional.of(new Found(matcher.group(), year, matcher.start()));
        }
        return Optional.empty();
    }
}
