package org.clausecheck.extract.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The text of a word as PDFTextStripper writes it: ligatures and Arabic or Hebrew presentation forms
 * decomposed, and right-to-left runs put in logical order with mirrored brackets. Latin text, nearly all
 * of it, passes through with one scan.
 */
final class WordText {

    private static final Map<Character, Character> MIRRORS = readMirrors();

    private WordText() {
    }

    static String normalize(CharSequence glyphs) {
        StringBuilder word = null;
        boolean rightToLeft = false;
        for (int i = 0; i < glyphs.length(); i++) {
            char c = glyphs.charAt(i);
            if (isPresentationForm(c)) {
                if (word == null) {
                    word = new StringBuilder(glyphs.length() * 2).append(glyphs, 0, i);
                }
                word.append(decompose(c, i > 0 ? glyphs.charAt(i - 1) : 0));
                rightToLeft = true;
                continue;
            }
            rightToLeft |= c >= '\u0590';
            if (word != null) {
                word.append(c);
            }
        }
        String text = word == null ? glyphs.toString() : word.toString();
        return rightToLeft ? logicalOrder(text) : text;
    }

    /** Only these ranges: NFKC elsewhere changes too much (the micro sign into Greek mu). */
    private static boolean isPresentationForm(char c) {
        return 0xFB00 <= c && c <= 0xFDFF || 0xFE70 <= c && c <= 0xFEFF;
    }

    private static String decompose(char c, char before) {
        // Some fonts map U+FDF2 with an extra alef before it.
        if (c == 0xFDF2 && (before == 0x0627 || before == 0xFE8D)) {
            return "\u0644\u0644\u0647";
        }
        String normalized = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).trim();
        if (0xFB1D <= c && normalized.length() > 1) {
            // Decomposed Hebrew and Arabic letters come in visual order.
            normalized = new StringBuilder(normalized).reverse().toString();
        }
        return normalized;
    }

    private static String logicalOrder(String word) {
        Bidi bidi = new Bidi(word, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (!bidi.isMixed() && bidi.getBaseLevel() == Bidi.DIRECTION_LEFT_TO_RIGHT) {
            return word;
        }
        int runCount = bidi.getRunCount();
        byte[] levels = new byte[runCount];
        Integer[] runs = new Integer[runCount];
        for (int i = 0; i < runCount; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, runCount);
        StringBuilder result = new StringBuilder(word.length());
        for (int i = 0; i < runCount; i++) {
            int run = runs[i];
            int start = bidi.getRunStart(run);
            int end = bidi.getRunLimit(run);
            if ((levels[run] & 1) == 0) {
                result.append(word, start, end);
                continue;
            }
            for (int j = end - 1; j >= start; j--) {
                char c = word.charAt(j);
                result.append(Character.isMirrored(c) ? MIRRORS.getOrDefault(c, c) : c);
            }
        }
        return result.toString();
    }

    /** The mirrored pairs PDFBox ships ("0028; 0029 # LEFT PARENTHESIS"). */
    private static Map<Character, Character> readMirrors() {
        Map<Character, Character> mirrors = new HashMap<>();
        try (InputStream in = WordText.class.getResourceAsStream("/org/apache/pdfbox/resources/text/BidiMirroring.txt")) {
            if (in == null) {
                return mirrors;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.replaceFirst("#.*", "").split(";");
                if (fields.length == 2) {
                    mirrors.put((char) Integer.parseInt(fields[0].trim(), 16), (char) Integer.parseInt(fields[1].trim(), 16));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mirrors;
    }
}
