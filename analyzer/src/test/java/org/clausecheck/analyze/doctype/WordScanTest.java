package org.clausecheck.analyze.doctype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordScanTest {

    private static final List<String> PHRASES = List.of("this", "these", "statement of work", "sow", "services",
        "software", "supply", "data processing", "dpa", "order form", "o", "\u017Fow");
    /** Phrase pieces in several cases, characters that fold to ASCII letters ignoring case, and word breaks. */
    private static final String[] PIECES = {"this", "THIS", "These", "thesis", "statement of work", "Statement Of Work",
        "SOW", "sow", "\u017Fow", "\u017FOW", "Services", "software", "\u212Aey", "\u0130s", "supply", "Supplier",
        "DPA", "data processing", "Data  processing", "order form", "ORDER FORM", "o", "O", "x", " ", "  ", "\n",
        "-", ".", "\u00E9", "1", "_", "\u201C"};

    @Test
    void everyPhraseIsFoundWhereComparingIgnoringCaseFindsIt() {
        WordScan scan = new WordScan(PHRASES);
        Random random = new Random(42);
        int found = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder piece = new StringBuilder();
            for (int pieces = random.nextInt(10); pieces > 0; pieces--) {
                piece.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = piece.toString();
            List<String> expected = naive(text);
            List<String> actual = new ArrayList<>();
            scan.scan(text, (phrase, offset) -> actual.add(phrase + "@" + offset));
            assertEquals(expected, actual, () -> "\"" + text + "\"");
            found += expected.size();
        }
        assertTrue(found > 20_000, found + " phrases found");
    }

    /** Every phrase at every word start whose ASCII letter starts one, compared ignoring case. */
    private static List<String> naive(String text) {
        List<String> found = new ArrayList<>();
        boolean wordStart = true;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (wordStart && c < 128 && Character.isLetterOrDigit(c)) {
                for (int phrase = 0; phrase < PHRASES.size(); phrase++) {
                    String words = PHRASES.get(phrase);
                    if (Character.toLowerCase(words.charAt(0)) == Character.toLowerCase(c)
                            && text.regionMatches(true, at, words, 0, words.length())) {
                        found.add(phrase + "@" + at);
                    }
                }
            }
            wordStart = !Character.isLetterOrDigit(c);
        }
        return found;
    }
}
