package org.clausecheck.extract.ocr;

import java.util.List;

/**
 * One line of text as Tesseract laid it out: its words left to right.
 *
 * @param words the words, never empty
 */
public record RecognisedLine(List<RecognisedWord> words) {

    public RecognisedLine {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has at least one word");
        }
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        for (RecognisedWord word : words) {
            text.append(text.length() == 0 ? "" : " ").append(word.text());
        }
        return text.toString();
    }
}
