package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** GlyphMatrices must give PDFBox's Matrix products bit for bit, and fail where PDFBox fails. */
class GlyphMatricesTest {

    /** Values that stress the arithmetic: signed zeros, units, overflow, non-finite. */
    private static final float[] EDGES = {0f, -0f, 1f, -1f, 0.5f, -3.25f, 1e-30f, -1e-30f, Float.MIN_VALUE,
        1e20f, -1e20f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.NaN};

    private final Random random = new Random(20261128);

    @Test
    void textRenderingMatrixIsPdfBoxsProduct() {
        for (int i = 0; i < 200_000; i++) {
            float scaleX = value(i);
            float scaleY = value(i);
            float rise = value(i);
            Matrix text = matrix(i);
            Matrix ctm = matrix(i);
            String expected;
            try {
                expected = describe(new Matrix(scaleX, 0, 0, scaleY, 0, rise).multiply(text).multiply(ctm));
            } catch (IllegalArgumentException e) {
                expected = e.getMessage();
            }
            String actual;
            try {
                actual = describe(new GlyphMatrices().textRendering(scaleX, scaleY, rise, text, ctm));
            } catch (IllegalArgumentException e) {
                actual = e.getMessage();
            }
            assertEquals(expected, actual, () -> scaleX + " " + scaleY + " " + rise + " " + text + " " + ctm);
        }
    }

    @Test
    void nextGlyphTranslationIsPdfBoxsProduct() {
        GlyphMatrices matrices = new GlyphMatrices();
        for (int i = 0; i < 200_000; i++) {
            float tx = value(i);
            float ty = value(i);
            Matrix text = matrix(i);
            Matrix ctm = matrix(i);
            String expected;
            try {
                Matrix next = Matrix.getTranslateInstance(tx, ty).multiply(text).multiply(ctm);
                expected = bits(next.getTranslateX()) + " " + bits(next.getTranslateY());
            } catch (IllegalArgumentException e) {
                expected = e.getMessage();
            }
            String actual;
            try {
                matrices.translate(tx, ty, text, ctm);
                actual = bits(matrices.translateX()) + " " + bits(matrices.translateY());
            } catch (IllegalArgumentException e) {
                actual = e.getMessage();
            }
            assertEquals(expected, actual, () -> tx + " " + ty + " " + text + " " + ctm);
        }
    }

    @Test
    void signedZerosSurviveAsInPdfBox() {
        // -0 * 1 + 0 * 0 + 0 * 0 is +0 in PDFBox: dropping the zero terms would keep -0.
        Matrix text = new Matrix(-0f, -0f, -0f, -0f, -0f, -0f);
        Matrix ctm = new Matrix(1, 0, 0, 1, 0, 0);
        assertEquals(describe(new Matrix(1, 0, 0, 1, 0, 0).multiply(text).multiply(ctm)),
                describe(new GlyphMatrices().textRendering(1, 1, 0, text, ctm)));
    }

    @Test
    void finiteProductsWhoseSumOverflowsComeOutAsInPdfBox() {
        // Each element is finite, their sum is not: the products must still come out, not fail.
        Matrix text = new Matrix(3e38f, 0, 0, 3e38f, 3e38f, 0);
        Matrix ctm = new Matrix(1, 0, 0, 1, 0, 0);
        assertEquals(describe(new Matrix(1, 0, 0, 1, 0, 0).multiply(text).multiply(ctm)),
                describe(new GlyphMatrices().textRendering(1, 1, 0, text, ctm)));
        GlyphMatrices matrices = new GlyphMatrices();
        matrices.translate(0, 0, text, ctm);
        assertEquals(bits(3e38f) + " " + bits(0f), bits(matrices.translateX()) + " " + bits(matrices.translateY()));
    }

    /** Mostly ordinary affine matrices, as content streams make them; sometimes odd values and last columns. */
    private Matrix matrix(int i) {
        Matrix matrix = new Matrix(value(i), value(i), value(i), value(i), value(i), value(i));
        if (random.nextInt(20) == 0) {
            matrix.setValue(random.nextInt(3), 2, value(i));
        }
        return matrix;
    }

    private float value(int i) {
        int pick = random.nextInt(10);
        if (pick == 0) {
            return EDGES[random.nextInt(EDGES.length)];
        }
        if (pick == 1) {
            return 0f;
        }
        float magnitude = (float) Math.pow(10, random.nextInt(i % 2 == 0 ? 8 : 50) - (i % 2 == 0 ? 4 : 25));
        return (float) random.nextGaussian() * magnitude;
    }

    private static String describe(Matrix matrix) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                text.append(bits(matrix.getValue(row, column))).append(' ');
            }
        }
        return text.toString();
    }

    private static String bits(float value) {
        return Integer.toHexString(Float.floatToRawIntBits(value));
    }
}
