package org.clausecheck.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses Tesseract's TSV output (one row per page, block, paragraph, line and word) into lines of words. Rows of
 * level 5 are words; a word belongs to the line named by its block, paragraph and line numbers.
 */
final class TesseractTsv {

    private static final int WORD_LEVEL = 5;
    private static final int COLUMNS = 12;

    private TesseractTsv() {
    }

    static List<RecognisedLine> parse(String tsv) {
        List<RecognisedLine> lines = new ArrayList<>();
        List<RecognisedWord> words = new ArrayList<>();
        String lineKey = null;
        for (String row : tsv.split("\r?\n")) {
            String[] cells = row.split("\t", -1);
            if (cells.length < COLUMNS || !cells[0].equals(String.valueOf(WORD_LEVEL))) {
                continue;
            }
            String text = cells[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            String key = cells[1] + "/" + cells[2] + "/" + cells[3] + "/" + cells[4];
            if (!Objects.equals(key, lineKey) && !words.isEmpty()) {
                lines.add(new RecognisedLine(words));
                words = new ArrayList<>();
            }
            lineKey = key;
            words.add(new RecognisedWord(text, Integer.parseInt(cells[6]), Integer.parseInt(cells[7]),
                    Integer.parseInt(cells[8]), Integer.parseInt(cells[9]), Math.max(0, Double.parseDouble(cells[10]))));
        }
        if (!words.isEmpty()) {
            lines.add(new RecognisedLine(words));
        }
        return lines;
    }
}
