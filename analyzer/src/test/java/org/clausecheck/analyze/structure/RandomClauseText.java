package org.clausecheck.analyze.structure;

import java.util.Random;

/** Random text made of the pieces that sentence ends, section numbers and titles are made of. */
final class RandomClauseText {

    private static final String[] PIECES = {"Section ", "ARTICLE ", "Article ", "IV", "1", "2.3", "12", "1.1.1", "1234",
        ".", ":", ";", "!", "?", "\"", "\u201D", "\u201C", ")", "(", "[", "]", "'", "\u2019", " ", "  ", "   ", "\n",
        "\t", "\u000B", "\f", "\r", "\u00A0", "A", "The", "b", "x", "e.g", "U.S", "No", "Inc", "CONFIDENTIALITY",
        "Intellectual Property", " - ", "&", ". 7 The", "   3.1 A", "; Section 2 (", "\u201D  ARTICLE IV \"", ". 4. B"};

    private RandomClauseText() {
    }

    static String next(Random random) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
