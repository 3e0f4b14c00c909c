package org.clausecheck.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The one picture of a scanned page: a page whose content only draws one upright image over the whole page, as
 * scanners and image-to-PDF tools write it. Such a page needs no rendering: the picture is what Tesseract should
 * read, at its own resolution (rendering a 200 dpi scan at 300 dpi only makes Tesseract read 2.25 times the
 * pixels, docs/ocr.md), and when it is a plain JPEG its bytes go to Tesseract as they are, so that Java neither
 * decodes nor re-encodes it.
 *
 * @param image the picture
 * @param dpi   its resolution on the page, pixels per inch
 * @param jpeg  true when the stream is a plain baseline-style JPEG Tesseract can read from its raw bytes
 */
record ScannedImage(PDImageXObject image, double dpi, boolean jpeg) {

    /** Operators a scanner's page may use besides the one Do: state, transformation, graphics-state dictionaries. */
    private static final Set<String> HARMLESS = Set.of("q", "Q", "cm", "gs");
    /** How far the picture may fall short of the page's edges or differ in resolution across, as a share. */
    private static final double TOLERANCE = 0.02;

    /** The page's picture when the page is a scan in that sense; empty for anything else (then it is rendered). */
    static Optional<ScannedImage> of(PDPage page) {
        try {
            return find(page);
        } catch (IOException | RuntimeException e) {
            // An odd content stream is no reason to fail the page: rendering reads whatever PDFBox can.
            return Optional.empty();
        }
    }

    /** The raw JPEG file that the PDF stream holds. */
    byte[] jpegBytes() throws IOException {
        try (InputStream raw = image.getCOSObject().createRawInputStream()) {
            return raw.readAllBytes();
        }
    }

    private static Optional<ScannedImage> find(PDPage page) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return Optional.empty();
        }
        List<Object> tokens = new PDFStreamParser(page).parse();
        Deque<Matrix> saved = new ArrayDeque<>();
        Matrix current = new Matrix();
        Matrix drawnAt = null;
        COSName drawn = null;
        int operands = 0;
        COSBase[] recent = new COSBase[6];
        for (Object token : tokens) {
            if (token instanceof COSBase operand) {
                recent[operands % recent.length] = operand;
                operands++;
                continue;
            }
            String name = ((Operator) token).getName();
            if (name.equals("Do") && drawn == null && operands == 1 && recent[0] instanceof COSName xobject) {
                drawn = xobject;
                drawnAt = current.clone();
            } else if (name.equals("cm") && operands == 6) {
                float[] values = new float[6];
                for (int i = 0; i < 6; i++) {
                    if (!(recent[i] instanceof COSNumber number)) {
                        return Optional.empty();
                    }
                    values[i] = number.floatValue();
                }
                current = new Matrix(values[0], values[1], values[2], values[3], values[4], values[5])
                        .multiply(current);
            } else if (name.equals("q")) {
                saved.push(current.clone());
            } else if (name.equals("Q")) {
                current = saved.isEmpty() ? current : saved.pop();
            } else if (!HARMLESS.contains(name)) {
                return Optional.empty(); // text, paths, a second image, inline images: render the page
            }
            operands = 0;
        }
        if (drawn == null) {
            return Optional.empty();
        }
        PDResources resources = page.getResources();
        PDXObject xobject = resources == null ? null : resources.getXObject(drawn);
        if (!(xobject instanceof PDImageXObject image) || image.isStencil() || image.getWidth() <= 0) {
            return Optional.empty();
        }
        return coversPage(drawnAt, page.getCropBox(), image)
                ? Optional.of(new ScannedImage(image, 72.0 * image.getWidth() / drawnAt.getScaleX(), plainJpeg(image)))
                : Optional.empty();
    }

    /** Upright, unflipped, over the whole crop box, with the same resolution across and down. */
    private static boolean coversPage(Matrix at, PDRectangle box, PDImageXObject image) {
        if (Math.abs(at.getShearX()) > 1e-3 || Math.abs(at.getShearY()) > 1e-3
                || at.getScaleX() <= 0 || at.getScaleY() <= 0) {
            return false;
        }
        double width = box.getWidth();
        double height = box.getHeight();
        boolean covers = near(at.getTranslateX(), box.getLowerLeftX(), width)
                && near(at.getTranslateY(), box.getLowerLeftY(), height)
                && near(at.getScaleX(), width, width) && near(at.getScaleY(), height, height);
        double across = image.getWidth() / at.getScaleX();
        double down = image.getHeight() / at.getScaleY();
        return covers && Math.abs(across - down) <= TOLERANCE * across;
    }

    private static boolean near(double value, double expected, double extent) {
        return Math.abs(value - expected) <= TOLERANCE * extent;
    }

    /** A JPEG alone (no second filter, mask or decode array) in grey or RGB, which Tesseract's Leptonica reads. */
    private static boolean plainJpeg(PDImageXObject image) throws IOException {
        List<COSName> filters = image.getStream().getFilters();
        if (filters.size() != 1 || !COSName.DCT_DECODE.equals(filters.get(0)) || image.getDecode() != null
                || image.getCOSObject().getDictionaryObject(COSName.SMASK) != null
                || image.getCOSObject().getDictionaryObject(COSName.MASK) != null
                || image.getBitsPerComponent() != 8) {
            return false;
        }
        PDColorSpace space = image.getColorSpace();
        return space instanceof PDDeviceGray || space instanceof PDDeviceRGB
                || (space instanceof PDICCBased icc && icc.getNumberOfComponents() != 4);
    }
}
