package org.clausecheck.analyze.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The judgement classes' word lists, read from their resource files as the index reads words. */
class WordListsTest {

    @Test
    void wordsAreReducedAsTheIndexReducesThem() {
        WordLists negation = WordLists.read("negation.words");
        Set<String> obligation = negation.stems("obligation");
        // "obligations" is read in its singular, as in a contract's index; "obliged" stays as written
        assertTrue(obligation.contains("obligation") && obligation.contains("obliged"), obligation.toString());
        assertTrue(negation.stems("cues").containsAll(Set.of("not", "no", "never", "without")));
        // [not-verbs] is matched as written: "parties" is not reduced to "party"
        assertTrue(WordLists.read("sentence-acts.words").words("not-verbs").contains("parties"));
        assertEquals(Set.of("and", "or", "plus"), WordLists.read("exception-scope.words").stems("joints"));
    }

    @Test
    void aSectionTheFileLacksOrAMissingFileIsAnErrorNamingIt() {
        IllegalStateException section = assertThrows(IllegalStateException.class,
                () -> WordLists.read("negation.words").stems("cue"));
        assertTrue(section.getMessage().contains("negation.words") && section.getMessage().contains("[cue]"),
                section.getMessage());
        IllegalStateException file = assertThrows(IllegalStateException.class, () -> WordLists.read("absent.words"));
        assertTrue(file.getMessage().contains("absent.words"), file.getMessage());
    }
}
