package org.clausecheck.analyze.match;

import java.util.List;
import java.util.Set;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.match.index.PositionSpan;
import org.clausecheck.analyze.match.index.Token;
import org.clausecheck.analyze.words.WordLists;

/**
 * Whether a pattern's exception cancels a match when the pattern says {@code unless-scope: object}: the exception
 * must describe what the match is about, not merely stand somewhere in its sentence.
 *
 * <p>"Supplier retains all rights in its pre-existing tools" keeps only background material, so the exception
 * ("pre-existing") cancels the contrary match, as it would at sentence scope. It does not cancel when:
 * <ul>
 *   <li>it names a later item of a list that the match covers: the word before it (passing over determiners,
 *   possessives and party names) is "and", "or", "plus" or a comma, and that joint stands inside the match or right
 *   after its last word. "Supplier shall remain the owner of all Reports, Datasets and Supplier's Background
 *   Technology" keeps the reports and datasets too; "Supplier retains all rights in the Deliverables and its
 *   pre-existing tools" keeps the deliverables;</li>
 *   <li>it follows an exclusion ("other than", "except", "except for", "excluding", "but not", "save for", "apart
 *   from"), and so names what the match leaves out: "Supplier shall own all Deliverables other than Client's
 *   pre-existing materials", "Except for its pre-existing tools, Supplier retains all rights in the
 *   Deliverables".</li>
 * </ul>
 * Anywhere else in the sentence it cancels as at sentence scope: an exception before the match may head a list that
 * the match continues ("any pre-existing invention, improvement or development owned by Supplier"), and one further
 * after the match may qualify anything in it, so those are read as before.
 */
final class ExceptionScope {

    /** The words, in {@code exception-scope.words} beside this class. */
    private static final WordLists WORDS = WordLists.read(ExceptionScope.class, "exception-scope.words");
    /** Words that may stand between a list's joint and its item: determiners, possessives, party tokens. */
    private static final Set<String> DETERMINERS = Stems.of(WORDS.wordList("determiners"));
    private static final Set<String> JOINTS = Stems.of(WORDS.wordList("joints"));
    private static final Set<String> EXCLUSIONS = Stems.of(WORDS.wordList("exclusions"));

    private ExceptionScope() {
    }

    /**
     * True when one of the exceptions (the matches of the pattern's unless, in any sentence) stands in the match's
     * sentence and describes what the match is about.
     */
    static boolean cancels(DocumentIndex index, PositionSpan match, List<PositionSpan> exceptions) {
        List<Token> sentence = null;
        for (PositionSpan exception : exceptions) {
            if (exception.sentence() != match.sentence()) {
                continue;
            }
            if (sentence == null) {
                sentence = index.sentenceTokens(match.sentence());
            }
            if (describesTheObject(sentence, match, exception)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the words before the exception back to the first that is not a determiner, possessive or party. */
    static boolean describesTheObject(List<Token> sentence, PositionSpan match, PositionSpan exception) {
        int next = exception.startPosition();
        for (int j = lastBefore(sentence, next); j >= 0; j--) {
            Token token = sentence.get(j);
            if (token.position() < next - 1) {
                // punctuation (a one-word gap) before the item: a comma joins list items
                return !joinsAListTheMatchCovers(next - 1, match);
            }
            String term = token.term();
            if (DETERMINERS.contains(term)) {
                next = token.position();
                continue;
            }
            if (isExclusion(term, j > 0 ? sentence.get(j - 1).term() : "")) {
                return false;
            }
            if (JOINTS.contains(term)) {
                return !joinsAListTheMatchCovers(token.position(), match);
            }
            return true;
        }
        return true;
    }

    /** The list joint stands after the match's first word and no later than right after its last word. */
    private static boolean joinsAListTheMatchCovers(int joint, PositionSpan match) {
        return joint > match.startPosition() && joint <= match.endPosition() + 1;
    }

    private static boolean isExclusion(String term, String previous) {
        return EXCLUSIONS.contains(term)
                || term.equals("than") && previous.equals("other")
                || term.equals("not") && previous.equals("but")
                || term.equals("for") && (previous.equals("except") || previous.equals("save"))
                || term.equals("from") && previous.equals("apart");
    }

    /** Index of the last token before the position, or -1. */
    private static int lastBefore(List<Token> sentence, int position) {
        int last = -1;
        for (int i = 0; i < sentence.size() && sentence.get(i).position() < position; i++) {
            last = i;
        }
        return last;
    }

}
