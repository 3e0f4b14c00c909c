package org.clausecheck.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFTextStripper with the glyph arithmetic of PDFBox 3.0.8 ({@code PDFStreamEngine.showText} and
 * {@code LegacyPDFStreamEngine.showGlyph}, Apache License 2.0), operation for operation, so that every
 * {@link TextPosition} comes out with the same values. What differs is where the answers come from:
 * PDFBox asks the font for each glyph's width, text and height through boxed maps, a weak map and a
 * synchronized stream, which cost a fifth of extraction on the CUAD PDFs; here a font's answers are
 * remembered per character code ({@link FontGlyphs}), and the matrix products of each glyph are computed
 * without allocating ({@link GlyphMatrices}). Page content split over several streams is read
 * as one buffer ({@link JoinedContentsPage}), and forms from one plain buffer ({@link BufferedForms}).
 */
abstract class GlyphStripper extends PDFTextStripper {

    /** PDFBox's glyph list for text extraction: Adobe's and its additional names. */
    private static final GlyphList GLYPH_LIST = additionalGlyphList();

    private final Map<PDFont, FontGlyphs> fonts = new IdentityHashMap<>();
    private final CodeStream codes = new CodeStream();
    private final GlyphMatrices matrices = new GlyphMatrices();
    private PDFont lastFont;
    private FontGlyphs lastGlyphs;
    private int pageRotation;
    private PDRectangle pageSize;
    private Matrix cropBoxShift;

    /** Reads the page as PDFBox would, with its content streams joined; the page geometry as LegacyPDFStreamEngine keeps it. */
    @Override
    public void processPage(PDPage page) throws IOException {
        pageRotation = page.getRotation();
        pageSize = page.getCropBox();
        boolean atOrigin = Float.compare(pageSize.getLowerLeftX(), 0) == 0
                && Float.compare(pageSize.getLowerLeftY(), 0) == 0;
        cropBoxShift = atOrigin ? null
                : Matrix.getTranslateInstance(-pageSize.getLowerLeftX(), -pageSize.getLowerLeftY());
        super.processPage(JoinedContentsPage.of(page));
    }

    /** Reads the form's content from one plain buffer ({@link BufferedForms}). */
    @Override
    public void showForm(PDFormXObject form) throws IOException {
        super.showForm(BufferedForms.of(form));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        super.showTransparencyGroup(BufferedForms.of(group));
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        PDGraphicsState state = getGraphicsState();
        PDTextState textState = state.getTextState();
        PDFont font = textState.getFont();
        if (font == null) {
            super.showText(string); // PDFBox substitutes its default font and warns
            return;
        }
        FontGlyphs glyphs = glyphsOf(font);
        float fontSize = textState.getFontSize();
        float horizontalScaling = textState.getHorizontalScaling() / 100f;
        float charSpacing = textState.getCharacterSpacing();
        float parametersScaleX = fontSize * horizontalScaling;
        float rise = textState.getRise();
        Matrix textMatrix = state.getTextMatrix();

        codes.reset(string);
        while (codes.available() > 0) {
            int before = codes.available();
            int code = glyphs.identityCodes() ? codes.readIdentityCode() : font.readCode(codes);
            int codeLength = before - codes.available();
            // Word spacing applies to the single-byte code 32 only.
            float wordSpacing = codeLength == 1 && code == 32 ? textState.getWordSpacing() : 0;

            Matrix ctm = state.getCurrentTransformationMatrix();
            Matrix textRenderingMatrix = matrices.textRendering(parametersScaleX, fontSize, rise, textMatrix, ctm);
            if (glyphs.vertical()) {
                textRenderingMatrix.translate(font.getPositionVector(code));
            }
            Vector displacement = glyphs.displacement(code);
            showGlyph(textRenderingMatrix, font, code, displacement);

            float tx;
            float ty;
            if (glyphs.vertical()) {
                tx = 0;
                ty = displacement.getY() * fontSize + charSpacing + wordSpacing;
            } else {
                tx = (displacement.getX() * fontSize + charSpacing + wordSpacing) * horizontalScaling;
                ty = 0;
            }
            textMatrix.translate(tx, ty);
        }
    }

    /** LegacyPDFStreamEngine's glyph position, height and space width, which PDFTextStripper's rules expect. */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        FontGlyphs glyphs = glyphsOf(font);
        PDGraphicsState state = getGraphicsState();
        Matrix ctm = state.getCurrentTransformationMatrix();
        float fontSize = state.getTextState().getFontSize();
        float horizontalScaling = state.getTextState().getHorizontalScaling() / 100f;
        Matrix textMatrix = getTextMatrix();

        float displacementX = glyphs.vertical() ? glyphs.verticalWidth(code) : displacement.getX();
        // Without character and word spacing, as PDFTextStripper was written for.
        float tx = displacementX * fontSize * horizontalScaling;
        float ty = displacement.getY() * fontSize;
        matrices.translate(tx, ty, textMatrix, ctm);
        float nextX = matrices.translateX();
        float nextY = matrices.translateY();
        float dxDisplay = nextX - textRenderingMatrix.getTranslateX();
        if (!glyphs.measured()) {
            glyphs.measure(computeFontHeight(font));
        }
        float dyDisplay = glyphs.height() * textRenderingMatrix.getScalingFactorY();
        float spaceWidthDisplay = glyphs.spaceWidth() * textRenderingMatrix.getScalingFactorX();
        String unicode = glyphs.unicode(code);
        if (unicode == null) {
            return; // a composite font's code without Unicode: Acrobat skips it too
        }
        Matrix translatedTextRenderingMatrix = textRenderingMatrix;
        if (cropBoxShift != null) {
            translatedTextRenderingMatrix = Matrix.concatenate(cropBoxShift, textRenderingMatrix);
            nextX -= pageSize.getLowerLeftX();
            nextY -= pageSize.getLowerLeftY();
        }
        processTextPosition(new TextPosition(pageRotation, pageSize.getWidth(), pageSize.getHeight(),
                translatedTextRenderingMatrix, nextX, nextY, Math.abs(dyDisplay), dxDisplay,
                Math.abs(spaceWidthDisplay), unicode, new int[] {code}, font, fontSize,
                (int) (fontSize * textMatrix.getScalingFactorX())));
    }

    /** Fonts change rarely between glyphs: the last one is checked before the map. */
    private FontGlyphs glyphsOf(PDFont font) {
        if (font != lastFont) {
            lastGlyphs = fonts.computeIfAbsent(font, known -> new FontGlyphs(known, GLYPH_LIST));
            lastFont = font;
        }
        return lastGlyphs;
    }

    private static GlyphList additionalGlyphList() {
        // The list LegacyPDFStreamEngine loads for PDFTextStripper.
        try (InputStream input = GlyphList.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
