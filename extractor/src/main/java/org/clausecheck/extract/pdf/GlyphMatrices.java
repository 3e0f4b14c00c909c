package org.clausecheck.extract.pdf;

import org.apache.pdfbox.util.Matrix;

/**
 * The two matrix products of every glyph, computed as PDFBox 3.0.8's {@code Matrix.multiply} computes
 * them ({@code multiplyArrays}, Apache License 2.0): the same terms in the same order, zero terms
 * included, so that the results are the same floats, signed zeros too. PDFBox allocates two matrices and
 * two arrays per product and checks every element; here one array is reused. A non-finite
 * product, or one that a six-value Matrix cannot hold, is handed back to PDFBox's own arithmetic, which
 * gives the same result or throws the same exception.
 *
 * <p>Only the second product needs checking: an element of the first that is not finite makes the row of
 * the second it multiplies not finite either (infinity or NaN times anything is not finite).
 */
final class GlyphMatrices {

    /** The last product, row by row; kept here so that no array is allocated per glyph. */
    private final float[] product = new float[9];
    /** The translation of the last {@link #translate} result. */
    private float translateX;
    private float translateY;

    /**
     * {@code new Matrix(scaleX, 0, 0, scaleY, 0, rise).multiply(text).multiply(ctm)}: the text rendering
     * matrix of PDFStreamEngine.showText.
     */
    Matrix textRendering(float scaleX, float scaleY, float rise, Matrix text, Matrix ctm) {
        multiply(scaleX, 0f, 0f, scaleY, 0f, rise, text, ctm);
        float[] c = product;
        if (!allFinite(c) || !isAffine(c[2], c[5], c[8])) {
            return new Matrix(scaleX, 0, 0, scaleY, 0, rise).multiply(text).multiply(ctm);
        }
        return new Matrix(c[0], c[1], c[3], c[4], c[6], c[7]);
    }

    /**
     * Works out the translation of {@code Matrix.getTranslateInstance(tx, ty).multiply(text).multiply(ctm)},
     * where LegacyPDFStreamEngine.showGlyph puts the next glyph; read it with {@link #translateX()} and
     * {@link #translateY()}.
     */
    void translate(float tx, float ty, Matrix text, Matrix ctm) {
        multiply(1f, 0f, 0f, 1f, tx, ty, text, ctm);
        if (allFinite(product)) {
            translateX = product[6];
            translateY = product[7];
        } else {
            Matrix next = Matrix.getTranslateInstance(tx, ty).multiply(text).multiply(ctm); // throws if not finite
            translateX = next.getTranslateX();
            translateY = next.getTranslateY();
        }
    }

    float translateX() {
        return translateX;
    }

    float translateY() {
        return translateY;
    }

    /**
     * {@code (a, b, 0; c, d, 0; e, f, 1) x text x ctm} into {@link #product}, every term of
     * {@code multiplyArrays} in its order, the zero ones too.
     */
    private void multiply(float a, float b, float c, float d, float e, float f, Matrix text, Matrix ctm) {
        float t0 = text.getScaleX();
        float t1 = text.getShearY();
        float t2 = text.getValue(0, 2);
        float t3 = text.getShearX();
        float t4 = text.getScaleY();
        float t5 = text.getValue(1, 2);
        float t6 = text.getTranslateX();
        float t7 = text.getTranslateY();
        float t8 = text.getValue(2, 2);
        float m0 = a * t0 + b * t3 + 0f * t6;
        float m1 = a * t1 + b * t4 + 0f * t7;
        float m2 = a * t2 + b * t5 + 0f * t8;
        float m3 = c * t0 + d * t3 + 0f * t6;
        float m4 = c * t1 + d * t4 + 0f * t7;
        float m5 = c * t2 + d * t5 + 0f * t8;
        float m6 = e * t0 + f * t3 + 1f * t6;
        float m7 = e * t1 + f * t4 + 1f * t7;
        float m8 = e * t2 + f * t5 + 1f * t8;

        float n0 = ctm.getScaleX();
        float n1 = ctm.getShearY();
        float n2 = ctm.getValue(0, 2);
        float n3 = ctm.getShearX();
        float n4 = ctm.getScaleY();
        float n5 = ctm.getValue(1, 2);
        float n6 = ctm.getTranslateX();
        float n7 = ctm.getTranslateY();
        float n8 = ctm.getValue(2, 2);
        product[0] = m0 * n0 + m1 * n3 + m2 * n6;
        product[1] = m0 * n1 + m1 * n4 + m2 * n7;
        product[2] = m0 * n2 + m1 * n5 + m2 * n8;
        product[3] = m3 * n0 + m4 * n3 + m5 * n6;
        product[4] = m3 * n1 + m4 * n4 + m5 * n7;
        product[5] = m3 * n2 + m4 * n5 + m5 * n8;
        product[6] = m6 * n0 + m7 * n3 + m8 * n6;
        product[7] = m6 * n1 + m7 * n4 + m8 * n7;
        product[8] = m6 * n2 + m7 * n5 + m8 * n8;
    }

    /**
     * True when no value is infinite or NaN, and false too, rarely, when finite values sum past the
     * float range: the caller then takes PDFBox's own arithmetic, which is right either way.
     */
    private static boolean allFinite(float[] c) {
        return Float.isFinite(c[0] + c[1] + c[2] + c[3] + c[4] + c[5] + c[6] + c[7] + c[8]);
    }

    /** True when the last column is exactly what {@code new Matrix(a, b, c, d, e, f)} puts there. */
    private static boolean isAffine(float c2, float c5, float c8) {
        return Float.floatToRawIntBits(c2) == 0 && Float.floatToRawIntBits(c5) == 0
                && Float.floatToRawIntBits(c8) == Float.floatToRawIntBits(1f);
    }
}
