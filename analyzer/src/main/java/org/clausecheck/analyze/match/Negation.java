package org.clausecheck.analyze.match;

import java.util.List;
import java.util.Set;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.match.index.PositionSpan;
import org.clausecheck.analyze.match.index.Token;
import org.clausecheck.analyze.words.WordLists;

/**
 * Decides whether a match is negated in its sentence: "shall not", "no ... shall", "never", "neither",
 * "nothing in this Agreement shall", "without any right". Phrases that only look negative are not:
 * "not later than", "no less than", "including but not limited to", "without limitation", "whether or not",
 * "shall not be unreasonably withheld", "without additional charge".
 */
public final class Negation {

    /** Words before the match that may negate it. */
    static final int WINDOW_BEFORE = 6;
    /** "not provide any A, B or C": a cue followed closely by "any" reaches this far into its list. */
    static final int LIST_WINDOW = 16;
    /** "Nothing in this Agreement ..." negates the whole sentence after it. */
    static final int SENTENCE_WIDE_WINDOW = 40;
    /** A cue among this many first words of a sentence negates the sentence. */
    static final int SENTENCE_OPENING = 2;

    /** The words, in {@code negation.words} beside this class. */
    private static final WordLists WORDS = WordLists.read(Negation.class, "negation.words");
    private static final Set<String> CUES = Stems.of(WORDS.wordList("cues"));
    private static final Set<String> SENTENCE_WIDE_CUES = Stems.of(WORDS.wordList("sentence-wide-cues"));
    private static final Set<String> NOT_NEGATING_NEXT = Stems.of(WORDS.wordList("not-negating-next"));

    /** Verbs that take something away; "not" before one of them gives it ("shall not withhold", "not deny"). */
    private static final Set<String> PRIVATIVE = Stems.of(WORDS.wordList("privative"));
    /** Words that, after a cue, deny an obligation. */
    private static final Set<String> OBLIGATION = Stems.of(WORDS.wordList("obligation"));
    /** Words after which the rest of the sentence is a condition, not what the cue negates. */
    private static final Set<String> CONDITIONS = Stems.of(WORDS.wordList("conditions"));

    private Negation() {
    }

    /** True when a negation cue governs the span: just before it or inside it, in the same sentence. */
    public static boolean isNegated(DocumentIndex index, PositionSpan span) {
        return negatingCue(index, span, -1) != null;
    }

    /**
     * As {@link #isNegated}, with the cues before {@code from} left out: a negation inside a condition that opens
     * the sentence and ends before the span negates the condition, not the span ("To the extent any Deliverable
     * is not a work made for hire, Supplier hereby assigns ..."). -1 reads every cue.
     */
    public static boolean isNegated(DocumentIndex index, PositionSpan span, int from) {
        return negatingCue(index, span, from) != null;
    }

    /** The first negation cue at or after {@code from} that governs the span; null when none does. */
    public static Token negatingCue(DocumentIndex index, PositionSpan span, int from) {
        List<Token> sentence = index.sentenceTokens(span.sentence());
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            if (token.position() > span.endPosition()) {
                break;
            }
            if (token.position() < from || !CUES.contains(token.term())) {
                continue; // only a cue negates (isCue below); the look for a condition after it is costly
            }
            int distance = span.startPosition() - token.position();
            if (distance > 0 && conditionBetween(sentence, i, span.startPosition())) {
                continue; // "No deliverable is accepted until it meets the acceptance criteria"
            }
            boolean inWindow = distance <= WINDOW_BEFORE || distance <= LIST_WINDOW && negatesAList(sentence, i);
            // "Nothing ...", "Neither ...", and any cue among a sentence's first words ("No title ... is
            // transferred") govern the whole sentence.
            boolean sentenceWide = distance <= SENTENCE_WIDE_WINDOW
                    && (SENTENCE_WIDE_CUES.contains(token.term()) || i < SENTENCE_OPENING || deniesAnObligation(sentence, i));
            if ((inWindow || sentenceWide) && isCue(sentence, i) && !privativeBefore(sentence, i, span.startPosition())) {
                return token;
            }
        }
        return null;
    }

    /**
     * True when a cue stands within {@link #WINDOW_BEFORE} words before the span, not inside it: used for
     * weakeners, whose own words may be negative ("not obligated") but which a preceding "not" cancels ("shall
     * not treat documentation as optional").
     */
    public static boolean isNegatedJustBefore(DocumentIndex index, PositionSpan span) {
        List<Token> sentence = index.sentenceTokens(span.sentence());
        for (int i = 0; i < sentence.size(); i++) {
            int distance = span.startPosition() - sentence.get(i).position();
            if (distance <= 0) {
                break;
            }
            if (distance <= WINDOW_BEFORE && isCue(sentence, i) && !conditionBetween(sentence, i, span.startPosition())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "until" or "unless" between the cue and the span, with no punctuation between that word and the span: the
     * negation states what holds before the condition, and the span is the condition ("shall not end until the
     * knowledge transfer is complete"). A condition closed by a comma ("shall not, unless required by law,
     * disclose") leaves the cue governing the span.
     */
    private static boolean conditionBetween(List<Token> sentence, int cue, int spanStart) {
        for (int j = cue + 1; j < sentence.size() && sentence.get(j).position() < spanStart; j++) {
            if (CONDITIONS.contains(sentence.get(j).term()) && noGapUntil(sentence, j, spanStart)) {
                return true;
            }
        }
        return false;
    }

    /** True when the tokens from j up to the span follow each other without a punctuation gap. */
    private static boolean noGapUntil(List<Token> sentence, int j, int spanStart) {
        int expected = sentence.get(j).position();
        for (int k = j; k < sentence.size() && sentence.get(k).position() < spanStart; k++) {
            if (sentence.get(k).position() != expected++) {
                return false;
            }
        }
        return expected == spanStart;
    }

    /**
     * "not" followed by a verb that takes something away, before the span: the negated prohibition grants what
     * follows ("shall not deny the Customer access to the environments"), while the verb itself stays negated
     * ("shall not withhold" is no withholding).
     */
    private static boolean privativeBefore(List<Token> sentence, int cue, int spanStart) {
        String term = sentence.get(cue).term();
        if (!term.equals("not") && !term.equals("never")) {
            return false;
        }
        int verb = cue + 1;
        if (verb < sentence.size() && sentence.get(verb).term().startsWith("unreason")) {
            verb++;
        }
        return verb < sentence.size() && PRIVATIVE.contains(sentence.get(verb).term())
                && sentence.get(verb).position() < spanStart;
    }

    /**
     * "not obliged", "no obligation", "not required", "not responsible": a denied obligation governs everything it
     * lists, however long ("is not obliged to provide any handover, support or transition assistance").
     */
    private static boolean deniesAnObligation(List<Token> sentence, int i) {
        return i + 1 < sentence.size() && OBLIGATION.contains(sentence.get(i + 1).term());
    }

    /** "any" among the three words after the cue ("will not provide any technical documentation, ... or runbooks"). */
    private static boolean negatesAList(List<Token> sentence, int i) {
        for (int j = i + 1; j <= i + 3 && j < sentence.size(); j++) {
            if (sentence.get(j).term().equals("ani") || sentence.get(j).term().equals("any")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCue(List<Token> sentence, int i) {
        String term = sentence.get(i).term();
        if (!CUES.contains(term)) {
            return false;
        }
        String next = i + 1 < sentence.size() ? sentence.get(i + 1).term() : "";
        String afterNext = i + 2 < sentence.size() ? sentence.get(i + 2).term() : "";
        if (NOT_NEGATING_NEXT.contains(next)) {
            return false;
        }

        if (term.equals("not") && next.equals("be") && afterNext.startsWith("unreason")) {
            return false; // "shall not be unreasonably withheld"
        }
        if (term.equals("without") && (next.equals("ani") || next.equals("be")) && NOT_NEGATING_NEXT.contains(afterNext)) {
            return false; // "without any additional charge"
        }
        String previous = i > 0 ? sentence.get(i - 1).term() : "";
        String beforePrevious = i > 1 ? sentence.get(i - 2).term() : "";
        if (term.equals("not") && previous.equals("or") && beforePrevious.equals("whether")) {
            return false;
        }
        if (term.equals("not") && previous.equals("but") && next.startsWith("limit")) {
            return false;
        }
        return true;
    }

}
