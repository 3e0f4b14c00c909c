package org.clausecheck.analyze.match;

import java.util.regex.Pattern;
import org.clausecheck.analyze.structure.Sentence;

/**
 * Sentences that grant nothing by themselves: definitions ('"Deliverables" means ...') and recitals
 * ("WHEREAS ...", a "Recitals" or "Background" heading).
 */
public final class Scope {

    private static final Pattern DEFINITION = Pattern.compile(
            "^\\s*(?:(?:\\(?[0-9A-Za-z]{1,4}(?:\\.[0-9]{1,3})*[.)]?)\\s+)?(?:the\\s+)?(?:term\\s+)?[\"\u201C\u2018'][^\"\u201D\u2019]{1,80}[\"\u201D\u2019']"
                    + "\\s*,?\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:shall\\s+)?(?:mean|means|has\\s+the\\s+meaning|have\\s+the\\s+meaning"
                    + "|refers?\\s+to|shall\\s+refer\\s+to|includes?|shall\\s+include|is\\s+defined|are\\s+defined)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECITAL = Pattern.compile("^\\s*(?:WHEREAS|Whereas|RECITALS?|Recitals?\\b|BACKGROUND\\b)");
    private static final Pattern RECITAL_HEADING = Pattern.compile("(?i)\\b(?:recitals?|background|preamble)\\b");

    private Scope() {
    }

    /** Why the sentence grants nothing, or null when it is an operative sentence. */
    public static String outOfScope(Sentence sentence) {
        String text = sentence.text();
        if (DEFINITION.matcher(text).find()) {
            return "a definition";
        }
        if (RECITAL.matcher(text).find() || RECITAL_HEADING.matcher(sentence.heading()).find()) {
            return "a recital";
        }
        return null;
    }
}
