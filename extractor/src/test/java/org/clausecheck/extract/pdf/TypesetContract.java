package org.clausecheck.extract.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A digital contract typeset with PDFBox from text the test controls: each page a list of paragraphs (those starting
 * with "#" are bold headings), under a running header and over a page-number footer.
 */
final class TypesetContract {

    static final String HEADER = "Harbour Logistics Services Agreement";
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float MARGIN = 72;
    private static final float SIZE = 11;
    private static final float LEADING = 14;

    private TypesetContract() {
    }

    /** The paragraphs of every page, in order, as the body text a reader should get back. */
    static String bodyText(List<List<String>> pages) {
        StringBuilder text = new StringBuilder();
        pages.forEach(page -> page.forEach(paragraph -> text.append(paragraph.replace("#", "")).append('\n')));
        return text.toString();
    }

    static PDDocument typeset(List<List<String>> pages) throws IOException {
        PDDocument document = new PDDocument();
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                show(content, REGULAR, 9, MARGIN, 40, HEADER);
                float top = MARGIN + 10;
                for (String paragraph : pages.get(i)) {
                    boolean heading = paragraph.startsWith("#");
                    PDFont font = heading ? BOLD : REGULAR;
                    for (String line : wrap(font, paragraph.replace("#", ""), page.getMediaBox().getWidth() - 2 * MARGIN)) {
                        show(content, font, SIZE, MARGIN, top, line);
                        top += LEADING;
                    }
                    top += LEADING * 0.7f;
                }
                show(content, REGULAR, 9, 290, height - 40, "Page " + (i + 1) + " of " + pages.size());
            }
        }
        return document;
    }

    static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static void show(PDPageContentStream content, PDFont font, float size, float x, float top, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, PDRectangle.LETTER.getHeight() - top);
        content.showText(text);
        content.endText();
    }

    private static List<String> wrap(PDFont font, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * SIZE > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
