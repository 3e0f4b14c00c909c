package org.clausecheck.inventory.keyterms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordOccurrencesTest {

    @Test
    void findsAWordWithinASpanIgnoringCase() {
        String text = "The Term shall renew. Governing LAW applies.";
        WordOccurrences words = WordOccurrences.of(text, "term", "law", "renew");
        assertTrue(words.in("term", 0, 21));
        assertTrue(words.in("renew", 0, 21));
        assertFalse(words.in("law", 0, 21));
        assertTrue(words.in("law", 22, text.length()));
        assertFalse(words.in("term", 22, text.length()));
        assertFalse(words.in("renew", 0, 18), "a word running past the end of the span is not in it");
    }

    @Test
    void aWordNotIndexedIsAMistakeOfTheCaller() {
        assertThrows(IllegalArgumentException.class, () -> WordOccurrences.of("text", "term").in("law", 0, 4));
    }
}
