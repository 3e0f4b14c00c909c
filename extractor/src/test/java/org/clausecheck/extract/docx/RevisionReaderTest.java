package org.clausecheck.extract.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clausecheck.extract.RevisionView;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class RevisionReaderTest {

    private static Element paragraph(String content) throws Exception {
        String xml = "<w:p xmlns:w=\"" + WordXml.W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/"
                + "markup-compatibility/2006\">" + content + "</w:p>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static String text(String content, RevisionView view) throws Exception {
        return new RevisionReader(view).read(paragraph(content)).text();
    }

    @Test
    void movesFollowTheView() throws Exception {
        String moved = "<w:moveFrom><w:r><w:t>early </w:t></w:r></w:moveFrom><w:r><w:t>text</w:t></w:r>"
                + "<w:moveTo><w:r><w:t> late</w:t></w:r></w:moveTo>";
        assertEquals("text late", text(moved, RevisionView.ACCEPTED));
        assertEquals("early text", text(moved, RevisionView.ORIGINAL));
    }

    @Test
    void insertionInsideADeletionIsGoneInBothViews() throws Exception {
        String nested = "<w:r><w:t>a</w:t></w:r><w:ins><w:del><w:r><w:delText>b</w:delText></w:r></w:del></w:ins>";
        assertEquals("a", text(nested, RevisionView.ACCEPTED));
        assertEquals("a", text(nested, RevisionView.ORIGINAL));
    }

    @Test
    void fieldInstructionsHiddenTextCommentsAndDrawingsAreNotText() throws Exception {
        String content = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>"
                + "<w:r><w:commentReference w:id=\"1\"/></w:r>"
                + "<w:r><mc:AlternateContent><mc:Fallback><w:t>box</w:t></mc:Fallback></mc:AlternateContent></w:r>"
                + "<w:hyperlink><w:r><w:t>link</w:t><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r></w:hyperlink>";
        assertEquals("7link\tx\ny", text(content, RevisionView.ACCEPTED));
    }

    @Test
    void notesAndRemovedParagraphMarksAreReported() throws Exception {
        Element p = paragraph("<w:pPr><w:rPr><w:del/></w:rPr></w:pPr><w:r><w:t>gone</w:t>"
                + "<w:footnoteReference w:id=\"3\"/><w:endnoteReference w:id=\"4\"/></w:r>");
        RevisionReader.ParagraphContent accepted = new RevisionReader(RevisionView.ACCEPTED).read(p);
        assertTrue(accepted.markRemoved());
        assertEquals(List.of("3"), accepted.footnoteIds());
        assertEquals(List.of("4"), accepted.endnoteIds());
        assertFalse(new RevisionReader(RevisionView.ORIGINAL).read(p).markRemoved());
    }
}
