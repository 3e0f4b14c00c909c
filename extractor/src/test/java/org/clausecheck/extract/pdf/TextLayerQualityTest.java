package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLayerQualityTest {

    private static final String CLAUSE = "7.1 The Developer hereby assigns to the Client all right, title and interest"
            + " in the Deliverables, including all copyrights, patents and trade secrets, upon payment of the fees.";

    @Test
    void ordinaryTextAndShortPagesAreUsable() {
        assertTrue(TextLayerQuality.usable(CLAUSE + " " + CLAUSE));
        assertTrue(TextLayerQuality.usable("Signature: ________ Date: 12/03/2021"), "too short to judge");
        assertTrue(TextLayerQuality.usable("Der Lieferant räumt dem Kunden ein Nutzungsrecht an der Software ein,"
                + " das zeitlich unbeschränkt ist und für alle Nutzungsarten gilt."));
    }

    @Test
    void unmappedGlyphsAndShiftedLettersAreNot() {
        assertFalse(TextLayerQuality.usable(CLAUSE.replaceAll("[a-z]", "\uFFFD")), "glyphs without Unicode mapping");
        StringBuilder shifted = new StringBuilder();
        for (char c : (CLAUSE + " " + CLAUSE).toCharArray()) {
            // A wrong font encoding: every letter three places on, as some subset fonts come out.
            shifted.append(Character.isLowerCase(c) ? (char) ('a' + (c - 'a' + 3) % 26) : c);
        }
        assertFalse(TextLayerQuality.usable(shifted), shifted.toString());
        assertFalse(TextLayerQuality.usable(""), "no text at all");
    }
}
