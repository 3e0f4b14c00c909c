package org.clausecheck.analyze.match;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.structure.Sentence;

/**
 * Sentences that grant nothing by themselves: definitions ('"Deliverables" means ...'), recitals
 * ("WHEREAS ...", a "Recitals" or "Background" heading) and a clause title standing as its own sentence.
 */
public final class Scope {

    private static final String MEANS = "(?:shall\\s+)?(?:mean|means|has\\s+the\\s+meaning|have\\s+the\\s+meanings?"
            + "|refers?\\s+to|shall\\s+refer\\s+to|includes?|shall\\s+include|is\\s+defined|are\\s+defined)\\b";
    // A quoted term followed by "means" early in the sentence: '1.5 "Deliverables" means', 'By way of
    // illustration, "Confidential Information" includes'
    private static final Pattern QUOTED_DEFINITION = Pattern.compile(
            "^.{0,120}?[\"\u201C\u2018'][^\"\u201D\u2019]{1,80}[\"\u201D\u2019']\\s*,?\\s*(?:\\([^)]{0,60}\\)\\s*)?" + MEANS,
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    // An unquoted capitalised term at the start: "In this clause 13, Confidential Information means"
    private static final Pattern PLAIN_DEFINITION = Pattern.compile(
            "^(?:[0-9.()a-z]{1,10}\\s+)?(?:(?:In\\s+this|For\\s+(?:the\\s+)?purposes?\\s+of\\s+this)\\s+[^,]{1,40},\\s*)?"
                    + "(?:the\\s+term\\s+|the\\s+)?"
                    + "(?:[A-Z][\\w\\-]*\\s+){0,5}[A-Z][\\w\\-]*\\s+(?:shall\\s+mean|(?:shall\\s+|may\\s+)?(?:means|include|includes))\\b");
    private static final Pattern RECITAL = Pattern.compile("^\\s*(?:WHEREAS|Whereas|RECITALS?|Recitals?\\b|BACKGROUND\\b)");
    private static final Pattern RECITAL_HEADING = Pattern.compile("(?i)\\b(?:recitals?|background|preamble)\\b");

    private Scope() {
    }

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:(?:section|article|clause)\\s+)?"
            + "[0-9ivxlcdmIVXLCDM]{0,6}(?:[.)][0-9a-z]{0,3})*[.)]?\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * {@link #isHeadingOnly(Sentence)} of a sentence of the document indexed, remembered with the index: the rules,
     * the related passages and the clause inventory all ask it of the same sentences.
     */
    public static boolean isHeadingOnly(DocumentIndex index, Sentence sentence) {
        return SentenceScopes.of(index).isHeadingOnly(sentence);
    }

    /**
     * True for a sentence that is only its clause's title ("5. Knowledge Transfer."): a heading names a topic
     * and obliges nobody, so it is context for the sentences under it, never evidence itself.
     */
    public static boolean isHeadingOnly(Sentence sentence) {
        String heading = sentence.heading();
        int last = heading.lastIndexOf(" > ");
        String title = normalise(last < 0 ? heading : heading.substring(last + 3));
        if (title.isEmpty()) {
            return false;
        }
        String text = sentence.text();
        Matcher number = LEADING_NUMBER.matcher(text);
        return normalisesTo(text, number.lookingAt() ? number.end() : 0, title) || normalisesTo(text, 0, title);
    }

    /**
     * {@code normalise(text.substring(from)).equals(normalised)}, compared character by character while the
     * text is ASCII, where letters and digits are plain and lower case is one character: most sentences differ
     * from their heading within a few characters, and making each normalised copy cost more than the rest.
     */
    static boolean normalisesTo(String text, int from, String normalised) {
        int at = 0;
        boolean gap = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                // The ASCII part agreed so far; the rest needs Unicode letter classes and case mapping.
                return normalise(text.substring(from)).equals(normalised);
            }
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit) {
                gap = at > 0;
                continue;
            }
            if (gap && (at >= normalised.length() || normalised.charAt(at++) != ' ')) {
                return false;
            }
            gap = false;
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (at >= normalised.length() || normalised.charAt(at++) != lower) {
                return false;
            }
        }
        return at == normalised.length();
    }

    static String normalise(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    // A line of a table of contents: titles and section numbers ending in a page number, without a sentence's end
    // ("ARTICLE VI TECHNICAL ASSISTANCE AND TECHNOLOGY TRANSFER 17"), or a run of section numbers and titles.
    private static final Pattern CONTENTS_LINE = Pattern.compile(
            "^(?:(?:Section|SECTION|Article|ARTICLE)?\\s*[\\dIVX]+(?:\\.\\d+)*\\.?\\s+)?[^.;:!?]{0,160}?[A-Za-z)]\\s+\\d{1,3}\\s*$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}(?![\\d.])");
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:shall|will|must|may|agrees?|hereby)\\b");

    /** True for a line of a table of contents, which names sections and obliges nobody. */
    static boolean isContentsLine(String text) {
        if (MODAL.matcher(text).find()) {
            return false;
        }
        if (CONTENTS_LINE.matcher(text).matches()) {
            return true;
        }
        Matcher numbers = SECTION_NUMBER.matcher(text);
        int count = 0;
        while (numbers.find() && count < 3) {
            count++;
        }
        return count >= 3;
    }

    /** Why the sentence grants nothing, or null when it is an operative sentence. */
    public static String outOfScope(Sentence sentence) {
        String text = sentence.text();
        if (isContentsLine(text)) {
            return "a table of contents";
        }
        // The first three expressions are anchored: only the sentence start can match.
        if (QUOTED_DEFINITION.matcher(text).lookingAt() || PLAIN_DEFINITION.matcher(text).lookingAt()) {
            return "a definition";
        }
        if (RECITAL.matcher(text).lookingAt() || underRecitalHeading(sentence)) {
            return "a recital";
        }
        return null;
    }

    private static final Pattern NUMBERED_CLAUSE = Pattern.compile(
            "^(?:(?:section|article|clause)\\s+)?\\d+(?:\\.\\d+)*\\.?$", Pattern.CASE_INSENSITIVE);

    /**
     * Under a "Recitals", "Background" or "Preamble" heading. A numbered clause with a title of its own that the
     * structure let run on under such a heading ("RECITALS > Amendment to Exhibit A", after "NOW, THEREFORE, the
     * parties agree as follows:") is an operative term, not a recital: recitals are unnumbered or lettered.
     */
    private static boolean underRecitalHeading(Sentence sentence) {
        String heading = sentence.heading();
        if (!RECITAL_HEADING.matcher(heading).find()) {
            return false;
        }
        String number = sentence.sectionNumber();
        if (number == null || !NUMBERED_CLAUSE.matcher(number.trim()).matches()) {
            return true;
        }
        int last = heading.lastIndexOf(" > ");
        return last < 0 || RECITAL_HEADING.matcher(heading.substring(last + 3)).find();
    }
}
