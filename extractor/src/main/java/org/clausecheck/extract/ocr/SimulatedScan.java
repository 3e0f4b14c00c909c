package org.clausecheck.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes an image-only PDF from pages of a digital one, as a scanner would: rendered in grayscale, turned a little,
 * with noise, JPEG-compressed. The tests and the OCR measurement (docs/ocr.md) read such scans against the text
 * layer of the pages they came from. Deterministic for a seed.
 *
 * @param dpi     scanning resolution
 * @param degrees rotation, clockwise
 * @param noise   standard deviation of the grey-level noise, 0..255
 * @param quality JPEG quality, 0..1
 */
public record SimulatedScan(int dpi, double degrees, double noise, float quality) {

    /** The scans of the measurement: 200 dpi, 0.6 degrees, light noise, ordinary JPEG. */
    public static SimulatedScan standard() {
        return new SimulatedScan(200, 0.6, 12, 0.75f);
    }

    /** An image-only PDF of the given 0-based pages of {@code source}, each page as large as the original. */
    public byte[] scan(PDDocument source, List<Integer> pageIndexes, long seed) throws IOException {
        PDFRenderer renderer = new PDFRenderer(source);
        Random random = new Random(seed);
        try (PDDocument scan = new PDDocument()) {
            for (int index : pageIndexes) {
                PDRectangle box = source.getPage(index).getCropBox();
                boolean turned = source.getPage(index).getRotation() % 180 != 0;
                BufferedImage image = degrade(renderer.renderImageWithDPI(index, dpi, ImageType.GRAY), random);
                PDPage page = new PDPage(turned ? new PDRectangle(box.getHeight(), box.getWidth()) : box);
                scan.addPage(page);
                PDImageXObject picture = JPEGFactory.createFromImage(scan, image, quality);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(picture, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scan.save(out);
            return out.toByteArray();
        }
    }

    private BufferedImage degrade(BufferedImage page, Random random) {
        BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = turned.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, turned.getWidth(), turned.getHeight());
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        graphics.drawImage(page, 0, 0, null);
        graphics.dispose();
        var raster = turned.getRaster();
        for (int y = 0; y < turned.getHeight(); y++) {
            for (int x = 0; x < turned.getWidth(); x++) {
                int grey = raster.getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * noise);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, grey)));
            }
        }
        return turned;
    }
}
