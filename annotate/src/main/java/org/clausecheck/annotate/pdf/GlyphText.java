package org.clausecheck.annotate.pdf;

import java.util.List;

/**
 * A PDF's letters and digits in reading order ({@link MatchKey} form), each with the box of the glyph printing it.
 *
 * @param key   the document's key text, pages one after the other
 * @param boxes one box per key character
 */
record GlyphText(String key, List<GlyphBox> boxes) {

    GlyphText {
        boxes = List.copyOf(boxes);
        if (key.length() != boxes.size()) {
            throw new IllegalArgumentException(key.length() + " key characters for " + boxes.size() + " boxes");
        }
    }
}
