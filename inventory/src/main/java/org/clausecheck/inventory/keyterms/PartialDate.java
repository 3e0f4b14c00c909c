package org.clausecheck.inventory.keyterms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date left partly blank in a filed form: "as of ____________, 2000", "[ ], 2018", "this ___ day of _______, 1999",
 * "April __, 2013". Read as written: it states no day.
 */
final class PartialDate {

    private static final String BLANK = "(?:_{2,}|\\[[\\s_*\u2022]{0,8}\\]|\\[\\s*\\*+\\s*\\])";
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";
    private static final Pattern PARTIAL = Pattern.compile("(?i)(?:" + BLANK + "\\s*(?:day\\s+of\\s+)?)?(?:" + MONTH
            + "\\s*" + BLANK + "|" + BLANK + ")\\s*,?\\s*((?:19|20)\\d\\d)(?!\\d)");

    record Found(String text, String year, int start) {
    }

    private PartialDate() {
    }

    static Optional<Found> first(String text) {
        Matcher matcher = PARTIAL.matcher(text);
        if (matcher.find()) {
            return Optional.of(new Found(matcher.group(), matcher.group(1), matcher.start()));
        }
        return Optional.empty();
    }
}
