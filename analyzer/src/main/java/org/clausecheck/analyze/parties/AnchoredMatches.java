package org.clausecheck.analyze.parties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of an expression that can only start where one of a few literals stands, found by a plain search
 * for the literals: a whole-document {@link Matcher#find()} tries the expression at every character and cost more
 * than the rest of the party reading on long contracts.
 */
final class AnchoredMatches {

    private AnchoredMatches() {
    }

    /**
     * The matches, in text order, each starting at an occurrence of a literal (case as given), not overlapping an
     * earlier match; as {@code find} would return them for an expression that starts with one of the literals.
     */
    static List<MatchResult> of(String text, Pattern pattern, String... literals) {
        List<Integer> starts = new ArrayList<>();
        for (String literal : literals) {
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                starts.add(at);
            }
        }
        starts.sort(Comparator.naturalOrder());
        // Transparent bounds: a word boundary or look-behind at the match's start sees the text before it.
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<MatchResult> matches = new ArrayList<>();
        int covered = 0;
        for (int at : starts) {
            if (at < covered) {
                continue;
            }
            if (matcher.region(at, text.length()).lookingAt()) {
                matches.add(matcher.toMatchResult());
                covered = Math.max(matcher.end(), at + 1);
            }
        }
        return matches;
    }
}
