package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;

/** A buffered form reads the form's own decoded bytes from a ContentBuffer and the form's own resources. */
class BufferedFormsTest {

    private static final byte[] CONTENT = "BT /F1 12 Tf (Clause 1) Tj ET".getBytes(StandardCharsets.US_ASCII);

    @Test
    void formContentComesFromABufferWithTheFormsBytesAndResources() throws IOException {
        PDFormXObject form = new PDFormXObject(compressedStream());
        PDResources resources = new PDResources();
        form.setResources(resources);
        PDFormXObject buffered = BufferedForms.of(form);
        assertSame(form.getCOSObject(), buffered.getCOSObject());
        assertSame(resources.getCOSObject(), buffered.getResources().getCOSObject());
        assertArrayEquals(CONTENT, contentOf(buffered));
    }

    @Test
    void transparencyGroupContentComesFromABuffer() throws IOException {
        PDTransparencyGroup group = new PDTransparencyGroup(compressedStream(), null);
        PDTransparencyGroup buffered = BufferedForms.of(group);
        assertArrayEquals(CONTENT, contentOf(buffered));
    }

    @Test
    void subclassesAreLeftAsTheyAre() {
        PDAppearanceStream appearance = new PDAppearanceStream(new COSStream());
        assertSame(appearance, BufferedForms.of(appearance));
    }

    private static byte[] contentOf(PDFormXObject form) throws IOException {
        try (RandomAccessRead content = form.getContentsForStreamParsing()) {
            assertInstanceOf(ContentBuffer.class, content);
            return ContentBuffer.remainingBytes(content);
        }
    }

    private static COSStream compressedStream() throws IOException {
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(CONTENT);
        }
        stream.setItem(COSName.RESOURCES, new COSDictionary());
        return stream;
    }
}
