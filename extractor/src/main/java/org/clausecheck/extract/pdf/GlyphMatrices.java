package org.clausecheck.extract.pdf;

import org.apache.pdfbox.util.Matrix;

/**
 * The two matrix products of every glyph, computed as PDFBox 3.0.8's {@code Matrix.multiply} computes
 * them ({@code multiplyArrays}, Apache License 2.0): the same terms in the same order, zero terms
 * included, so that the results are the same floats, signed zeros too. PDFBox allocates two matrices and
 * two arrays per product and checks every element; here the products stay in locals. A non-finite
 * product, or one that a six-value Matrix cannot hold, is handed back to PDFBox's own arithmetic, which
 * gives the same result or throws the same exception.
 *
 * <p>Only the second product needs checking: an element of the first that is not finite makes the row of
 * the second it multiplies not finite either (infinity or NaN times anything is not finite).
 */
final class GlyphMatrices {

    /** The translation of the last {@link #translate} result. */
    private float translateX;
    private float translateY;

    /**
     * {@code new Matrix(scaleX, 0, 0, scaleY, 0, rise).multiply(text).multiply(ctm)}: the text rendering
     * matrix of PDFStreamEngine.showText.
     */
    static Matrix textRendering(float scaleX, float scaleY, float rise, Matrix text, Matrix ctm) {
        float t0 = text.getScaleX();
        float t1 = text.getShearY();
        float t2 = text.getValue(0, 2);
        float t3 = text.getShearX();
        float t4 = text.getScaleY();
        float t5 = text.getValue(1, 2);
        float t6 = text.getTranslateX();
        float t7 = text.getTranslateY();
        float t8 = text.getValue(2, 2);
        // The parameters are (scaleX, 0, 0; 0, scaleY, 0; 0, rise, 1).
        float m0 = scaleX * t0 + 0f * t3 + 0f * t6;
        float m1 = scaleX * t1 + 0f * t4 + 0f * t7;
        float m2 = scaleX * t2 + 0f * t5 + 0f * t8;
        float m3 = 0f * t0 + scaleY * t3 + 0f * t6;
        float m4 = 0f * t1 + scaleY * t4 + 0f * t7;
        float m5 = 0f * t2 + scaleY * t5 + 0f * t8;
        float m6 = 0f * t0 + rise * t3 + 1f * t6;
        float m7 = 0f * t1 + rise * t4 + 1f * t7;
        float m8 = 0f * t2 + rise * t5 + 1f * t8;

        float n0 = ctm.getScaleX();
        float n1 = ctm.getShearY();
        float n2 = ctm.getValue(0, 2);
        float n3 = ctm.getShearX();
        float n4 = ctm.getScaleY();
        float n5 = ctm.getValue(1, 2);
        float n6 = ctm.getTranslateX();
        float n7 = ctm.getTranslateY();
        float n8 = ctm.getValue(2, 2);
        float c0 = m0 * n0 + m1 * n3 + m2 * n6;
        float c1 = m0 * n1 + m1 * n4 + m2 * n7;
        float c2 = m0 * n2 + m1 * n5 + m2 * n8;
        float c3 = m3 * n0 + m4 * n3 + m5 * n6;
        float c4 = m3 * n1 + m4 * n4 + m5 * n7;
        float c5 = m3 * n2 + m4 * n5 + m5 * n8;
        float c6 = m6 * n0 + m7 * n3 + m8 * n6;
        float c7 = m6 * n1 + m7 * n4 + m8 * n7;
        float c8 = m6 * n2 + m7 * n5 + m8 * n8;
        if (!allFinite(c0, c1, c2, c3, c4, c5, c6, c7, c8) || !isAffine(c2, c5, c8)) {
            return new Matrix(scaleX, 0, 0, scaleY, 0, rise).multiply(text).multiply(ctm);
        }
        return new Matrix(c0, c1, c3, c4, c6, c7);
    }

    /**
     * Works out the translation of {@code Matrix.getTranslateInstance(tx, ty).multiply(text).multiply(ctm)},
     * where LegacyPDFStreamEngine.showGlyph puts the next glyph; read it with {@link #translateX()} and
     * {@link #translateY()}.
     */
    void translate(float tx, float ty, Matrix text, Matrix ctm) {
        float t0 = text.getScaleX();
        float t1 = text.getShearY();
        float t2 = text.getValue(0, 2);
        float t3 = text.getShearX();
        float t4 = text.getScaleY();
        float t5 = text.getValue(1, 2);
        float t6 = text.getTranslateX();
        float t7 = text.getTranslateY();
        float t8 = text.getValue(2, 2);
        // The translation is (1, 0, 0; 0, 1, 0; tx, ty, 1).
        float m0 = 1f * t0 + 0f * t3 + 0f * t6;
        float m1 = 1f * t1 + 0f * t4 + 0f * t7;
        float m2 = 1f * t2 + 0f * t5 + 0f * t8;
        float m3 = 0f * t0 + 1f * t3 + 0f * t6;
        float m4 = 0f * t1 + 1f * t4 + 0f * t7;
        float m5 = 0f * t2 + 1f * t5 + 0f * t8;
        float m6 = tx * t0 + ty * t3 + 1f * t6;
        float m7 = tx * t1 + ty * t4 + 1f * t7;
        float m8 = tx * t2 + ty * t5 + 1f * t8;

        float n0 = ctm.getScaleX();
        float n1 = ctm.getShearY();
        float n2 = ctm.getValue(0, 2);
        float n3 = ctm.getShearX();
        float n4 = ctm.getScaleY();
        float n5 = ctm.getValue(1, 2);
        float n6 = ctm.getTranslateX();
        float n7 = ctm.getTranslateY();
        float n8 = ctm.getValue(2, 2);
        float c0 = m0 * n0 + m1 * n3 + m2 * n6;
        float c1 = m0 * n1 + m1 * n4 + m2 * n7;
        float c2 = m0 * n2 + m1 * n5 + m2 * n8;
        float c3 = m3 * n0 + m4 * n3 + m5 * n6;
        float c4 = m3 * n1 + m4 * n4 + m5 * n7;
        float c5 = m3 * n2 + m4 * n5 + m5 * n8;
        float c6 = m6 * n0 + m7 * n3 + m8 * n6;
        float c7 = m6 * n1 + m7 * n4 + m8 * n7;
        float c8 = m6 * n2 + m7 * n5 + m8 * n8;
        if (!allFinite(c0, c1, c2, c3, c4, c5, c6, c7, c8)) {
            Matrix next = Matrix.getTranslateInstance(tx, ty).multiply(text).multiply(ctm); // throws if not finite
            c6 = next.getTranslateX();
            c7 = next.getTranslateY();
        }
        translateX = c6;
        translateY = c7;
    }

    float translateX() {
        return translateX;
    }

    float translateY() {
        return translateY;
    }

    /**
     * True when no value is infinite or NaN, and false too, rarely, when finite values sum past the
     * float range: the caller then takes PDFBox's own arithmetic, which is right either way.
     */
    private static boolean allFinite(float c0, float c1, float c2, float c3, float c4, float c5, float c6,
                                     float c7, float c8) {
        return Float.isFinite(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8);
    }

    /** True when the last column is exactly what {@code new Matrix(a, b, c, d, e, f)} puts there. */
    private static boolean isAffine(float c2, float c5, float c8) {
        return Float.floatToRawIntBits(c2) == 0 && Float.floatToRawIntBits(c5) == 0
                && Float.floatToRawIntBits(c8) == Float.floatToRawIntBits(1f);
    }
}
