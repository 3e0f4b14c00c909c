package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordTextTest {

    @Test
    void latinTextPassesThrough() {
        assertEquals("third-party", WordText.normalize("third-party"));
    }

    @Test
    void ligaturesAreDecomposed() {
        assertEquals("final", WordText.normalize("\uFB01nal"));
        assertEquals("office", WordText.normalize("o\uFB03ce"));
    }

    @Test
    void rightToLeftGlyphsInVisualOrderComeBackInLogicalOrder() {
        // Hebrew "shalom" drawn left to right as it appears on the page.
        assertEquals("\u05E9\u05DC\u05D5\u05DD", WordText.normalize("\u05DD\u05D5\u05DC\u05E9"));
    }
}
