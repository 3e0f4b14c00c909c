package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.clausecheck.extract.ocr.SimulatedScan;
import org.junit.jupiter.api.Test;

/** Which pages are a scan's one picture, handed to Tesseract without rendering. */
class ScannedImageTest {

    @Test
    void aSimulatedScanPageIsItsJpegAtTheScanningResolution() throws IOException {
        byte[] scan;
        try (PDDocument contract = TypesetContract.typeset(List.of(List.of("1.1 The Supplier shall deliver.")))) {
            scan = SimulatedScan.standard().scan(contract, List.of(0), 1);
        }
        try (PDDocument document = Loader.loadPDF(scan)) {
            ScannedImage image = ScannedImage.of(document.getPage(0)).orElseThrow();
            assertTrue(image.jpeg());
            assertEquals(200, image.dpi(), 0.5);
            try (InputStream raw = image.image().getCOSObject().createRawInputStream()) {
                byte[] bytes = image.jpegBytes();
                assertArrayEquals(raw.readAllBytes(), bytes);
                assertEquals(0xFF, bytes[0] & 0xFF, "a JPEG file starts with its SOI marker");
                assertEquals(0xD8, bytes[1] & 0xFF);
            }
        }
    }

    @Test
    void aDigitalPageAPageWithTextOverItsPictureAndATurnedPictureAreRendered() throws IOException {
        try (PDDocument document = TypesetContract.typeset(List.of(List.of("1.1 The Supplier shall deliver.")))) {
            assertTrue(ScannedImage.of(document.getPage(0)).isEmpty(), "text, no picture");
        }
        try (PDDocument document = new PDDocument()) {
            PDImageXObject picture = JPEGFactory.createFromImage(document, grey(850, 1100), 0.75f);
            PDPage stamped = page(document, picture, 0, 612, 792, true);
            PDPage turned = page(document, picture, 0.3f, 612, 792, false);
            PDPage small = page(document, picture, 0, 300, 400, false);
            PDPage whole = page(document, picture, 0, 612, 792, false);
            assertTrue(ScannedImage.of(stamped).isEmpty(), "a picture with text over it");
            assertTrue(ScannedImage.of(turned).isEmpty(), "a turned picture");
            assertTrue(ScannedImage.of(small).isEmpty(), "a picture over part of the page");
            assertEquals(100, ScannedImage.of(whole).orElseThrow().dpi(), 0.5);
        }
    }

    @Test
    void aLosslessPictureIsAScanToRenderNotAJpegToPass() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDImageXObject picture = LosslessFactory.createFromImage(document, grey(1700, 2200));
            ScannedImage image = ScannedImage.of(page(document, picture, 0, 612, 792, false)).orElseThrow();
            assertFalse(image.jpeg());
            assertEquals(200, image.dpi(), 0.5);
        }
    }

    private static PDPage page(PDDocument document, PDImageXObject picture, float radians, float width, float height,
                               boolean withText) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.saveGraphicsState();
            if (radians != 0) {
                content.transform(org.apache.pdfbox.util.Matrix.getRotateInstance(radians, 0, 0));
            }
            content.drawImage(picture, 0, 0, width, height);
            content.restoreGraphicsState();
            if (withText) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 72);
                content.showText("RECEIVED");
                content.endText();
            }
        }
        return page;
    }

    private static BufferedImage grey(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    }
}
