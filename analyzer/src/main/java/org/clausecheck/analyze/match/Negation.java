package org.clausecheck.analyze.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a match is negated in its sentence: "shall not", "no ... shall", "never", "neither",
 * "nothing in this Agreement shall", "without any right". Phrases that only look negative are not:
 * "not later than", "no less than", "including but not limited to", "without limitation", "whether or not",
 * "shall not be unreasonably withheld", "without additional charge".
 */
public final class Negation {

    /** Words before the match that may negate it. */
    static final int WINDOW_BEFORE = 6;
    /** "Nothing in this Agreement ..." negates the whole sentence after it. */
    static final int SENTENCE_WIDE_WINDOW = 40;
    /** A cue among this many first words of a sentence negates the sentence. */
    static final int SENTENCE_OPENING = 2;

    private static final LegalAnalyzer ANALYZER = new LegalAnalyzer();
    private static final Set<String> CUES = stems("not no never neither nor nothing none cannot without");
    private static final Set<String> SENTENCE_WIDE_CUES = stems("nothing neither");
    private static final Set<String> NOT_NEGATING_NEXT = stems("later less more fewer earlier sooner exceed "
            + "exceeding limit limited limitation unreasonably only prejudice charge cost fee fees delay undue further "
            + "additional extra payment material materially withstanding");

    private Negation() {
    }

    /** True when a negation cue governs the span: just before it or inside it, in the same sentence. */
    public static boolean isNegated(DocumentIndex index, PositionSpan span) {
        List<Token> sentence = index.sentenceTokens(span.sentence());
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            if (token.position() > span.endPosition()) {
                break;
            }
            int distance = span.startPosition() - token.position();
            boolean inWindow = distance <= WINDOW_BEFORE;
            // "Nothing ...", "Neither ...", and any cue among a sentence's first words ("No title ... is
            // transferred") govern the whole sentence.
            boolean sentenceWide = distance <= SENTENCE_WIDE_WINDOW
                    && (SENTENCE_WIDE_CUES.contains(token.term()) || i < SENTENCE_OPENING);
            if ((inWindow || sentenceWide) && isCue(sentence, i)) {
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

    private static Set<String> stems(String words) {
        return new HashSet<>(ANALYZER.terms(words));
    }
}
