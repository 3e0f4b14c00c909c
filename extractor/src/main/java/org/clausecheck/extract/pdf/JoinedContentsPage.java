package org.clausecheck.extract.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A page whose content is an array of streams, read as one buffer. PDFBox chains the streams in a
 * {@code SequenceRandomAccessRead}, whose every look-ahead of the content parser walks the chain: a
 * tenth of extraction time on the CUAD PDFs. The bytes are the same: each stream decoded and followed by
 * a line feed, a stream that cannot be decoded left out (as PDFBox does, which logs it). Everything else
 * comes from the page itself, resources included, so that fonts stay in the document's cache. The joined
 * bytes are read from a {@link ContentBuffer}, which the parser reads more cheaply than PDFBox's buffer.
 */
final class JoinedContentsPage extends PDPage {

    private static final byte DELIMITER = '\n';

    private final PDPage page;

    private JoinedContentsPage(PDPage page) {
        super(page.getCOSObject());
        this.page = page;
    }

    /** The page itself when its content is one stream or none: PDFBox reads those directly. */
    static PDPage of(PDPage page) {
        return page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSArray
                ? new JoinedContentsPage(page) : page;
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() throws IOException {
        COSArray array = page.getCOSObject().getCOSArray(COSName.CONTENTS);
        if (array == null) {
            return page.getContentsForStreamParsing();
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (COSBase element : array) {
            COSBase object = element instanceof COSObject reference ? reference.getObject() : element;
            if (object instanceof COSStream stream) {
                byte[] bytes;
                try (RandomAccessRead view = stream.createView()) {
                    bytes = ContentBuffer.remainingBytes(view);
                } catch (IOException e) {
                    continue; // a malformed part of the content: PDFBox skips it too
                }
                joined.write(bytes);
                joined.write(DELIMITER);
            }
        }
        return new ContentBuffer(joined.toByteArray());
    }

    @Override
    public PDResources getResources() {
        return page.getResources();
    }

    @Override
    public void removePageResourceFromCache() {
        page.removePageResourceFromCache();
    }
}
