package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.junit.jupiter.api.Test;

/** Codes of an Identity-H font must be read as the font's own CMap reads them. */
class CodeStreamTest {

    @Test
    void readsIdentityCodesAsTheFontsCMapDoes() throws IOException {
        try (PDDocument document = new PDDocument();
             InputStream ttf = PDType0Font.class.getResourceAsStream(
                     "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(document, ttf);
            assertTrue(new FontGlyphs(font, GlyphList.getAdobeGlyphList()).identityCodes());
            Random random = new Random(7);
            CodeStream expected = new CodeStream();
            CodeStream actual = new CodeStream();
            for (int i = 0; i < 20_000; i++) {
                byte[] string = new byte[random.nextInt(9)]; // odd lengths leave a lone last byte
                random.nextBytes(string);
                expected.reset(string);
                actual.reset(string);
                while (expected.available() > 0) {
                    assertEquals(font.readCode(expected), actual.readIdentityCode());
                    assertEquals(expected.available(), actual.available());
                }
                assertEquals(0, actual.available());
            }
        }
    }

    @Test
    void otherFontsAreReadByPdfBox() {
        PDType1Font simple = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertFalse(new FontGlyphs(simple, GlyphList.getAdobeGlyphList()).identityCodes());
    }
}
