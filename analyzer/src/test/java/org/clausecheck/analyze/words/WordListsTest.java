package org.clausecheck.analyze.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausecheck.analyze.match.Negation;
import org.clausecheck.analyze.parties.PreambleReader;
import org.junit.jupiter.api.Test;

/** The analyzer's word lists, read from the resource files beside the classes that use them. */
class WordListsTest {

    @Test
    void wordsAreSplitAtSpacesAndKeptInTheOrderWritten() {
        WordLists negation = WordLists.read(Negation.class, "negation.words");
        assertEquals(List.of("nothing", "neither"), negation.wordList("sentence-wide-cues"));
        assertTrue(negation.words("cues").containsAll(List.of("not", "no", "never", "without")));
    }

    @Test
    void phrasesKeepTheirSpacesAndPunctuation() {
        WordLists preamble = WordLists.read(PreambleReader.class, "preamble.words");
        assertTrue(preamble.phrases("not-parties").containsAll(List.of("effective date", "terms and conditions")));
        // read as words, the phrase would fall apart into "effective" and "date"
        assertFalse(preamble.phrases("not-parties").contains("effective"));
        assertTrue(preamble.words("not-parties").contains("effective"));
    }

    @Test
    void aSectionTheFileLacksOrAMissingFileIsAnErrorNamingIt() {
        IllegalStateException section = assertThrows(IllegalStateException.class,
                () -> WordLists.read(Negation.class, "negation.words").words("cue"));
        assertTrue(section.getMessage().contains("negation.words") && section.getMessage().contains("[cue]"),
                section.getMessage());
        IllegalStateException file = assertThrows(IllegalStateException.class,
                () -> WordLists.read(Negation.class, "absent.words"));
        assertTrue(file.getMessage().contains("org.clausecheck.analyze.match/absent.words"), file.getMessage());
    }
}
