package org.clausecheck.analyze.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.clausecheck.analyze.words.WordLists;
import org.junit.jupiter.api.Test;

/** The judgement classes' word lists, reduced as the index reduces a contract's words. */
class StemsTest {

    @Test
    void wordsAreReducedAsTheIndexReducesThem() {
        WordLists negation = WordLists.read(Negation.class, "negation.words");
        Set<String> obligation = Stems.of(negation.wordList("obligation"));
        // "obligations" is read in its singular, as in a contract's index; "obliged" stays as written
        assertTrue(obligation.contains("obligation") && obligation.contains("obliged"), obligation.toString());
        assertTrue(Stems.of(negation.wordList("cues")).containsAll(Set.of("not", "no", "never", "without")));
        // [not-verbs] is matched as written: "parties" is not reduced to "party"
        assertTrue(WordLists.read(SentenceActs.class, "sentence-acts.words").words("not-verbs").contains("parties"));
        assertEquals(Set.of("and", "or", "plus"),
                Stems.of(WordLists.read(ExceptionScope.class, "exception-scope.words").wordList("joints")));
    }
}
