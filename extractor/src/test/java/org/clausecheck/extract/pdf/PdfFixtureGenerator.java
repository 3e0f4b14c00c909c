package org.clausecheck.extract.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes the PDF test documents with PDFBox: a three-page contract with running header and footer, a
 * two-column page written row by row (so that content order is not reading order), an image-only scan
 * a document whose middle page is image-only and one whose middle page PDFBox cannot read.
 * {@code make-fixtures.sh} runs it and adds the
 * encrypted and corrupt variants. Not a test; run by hand when the fixtures change.
 */
public final class PdfFixtureGenerator {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float WIDTH = PDRectangle.LETTER.getWidth();
    private static final float HEIGHT = PDRectangle.LETTER.getHeight();
    private static final float MARGIN = 72;
    private static final float BODY = 11;
    private static final float LEADING = 14;
    private static final float PARAGRAPH_SPACE = 8;
    /** Debian's fonts-dejavu-core; any TrueType font with Greek and the fi ligature will do. */
    private static final String DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private PdfFixtureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        writeContract(out.resolve("contract.pdf"));
        writeTwoColumns(out.resolve("two-columns.pdf"));
        writeScanned(out.resolve("contract.pdf"), out.resolve("scanned.pdf"));
        writeMixed(out.resolve("contract.pdf"), out.resolve("mixed.pdf"));
        writeBrokenPage(out.resolve("broken-page.pdf"));
        writeOverprinted(out.resolve("overprinted.pdf"));
        writeGlyphPaths(out.resolve("glyph-paths.pdf"), Path.of(args.length > 1 ? args[1] : DEJAVU_SANS));
    }

    /** A page being written top to bottom; {@code y} is the next baseline, in points from the top. */
    private static final class Sheet {
        final PDPageContentStream content;
        float y = MARGIN + 20;

        Sheet(PDPageContentStream content) {
            this.content = content;
        }

        void heading(String text) throws IOException {
            paragraph(BOLD, 12, text);
        }

        void paragraph(String text) throws IOException {
            paragraph(REGULAR, BODY, text);
        }

        void paragraph(PDFont font, float size, String text) throws IOException {
            for (String line : wrap(font, size, text, WIDTH - 2 * MARGIN)) {
                show(content, font, size, MARGIN, y, line);
                y += Math.max(LEADING, size + 3);
            }
            y += PARAGRAPH_SPACE;
        }
    }

    private static void writeContract(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            List<List<String[]>> pages = List.of(
                    List.of(
                            new String[] {"title", "SOFTWARE DEVELOPMENT AGREEMENT"},
                            new String[] {"p", "This Software Development Agreement (the \"Agreement\") is made between Acme "
                                    + "Corporation (\"Client\") and Beta Labs Ltd (\"Developer\"). The Developer shall design, "
                                    + "build and deliver the software described in this Agreement, and the Client shall pay "
                                    + "the fees set out in it."},
                            new String[] {"h", "1. DEFINITIONS"},
                            new String[] {"p", "1.1 \"Deliverables\" means the software, source code, documentation and other "
                                    + "materials that the Developer creates for the Client under this Agreement, including "
                                    + "every update and correction."},
                            new String[] {"p", "1.2 \"Confidential Information\" means all business and technical "
                                    + "information that one party discloses to the other in writing, and all infor-\n"
                                    + "mation derived from it, but not information that is already public."},
                            new String[] {"p", "1.3 \"Third-Party Components\" means software licensed from a third-\n"
                                    + "party vendor that the Developer includes in the Deliverables with the prior "
                                    + "written consent of the Client."}),
                    List.of(
                            new String[] {"h", "2. OWNERSHIP OF THE DELIVERABLES, INTELLECTUAL PROPERTY RIGHTS AND "
                                    + "LICENCES TO PRE-EXISTING MATERIALS"},
                            new String[] {"p", "2.1 The Developer hereby assigns to the Client all right, title and interest "
                                    + "in the Deliverables, including all copyrights, patents and trade secrets, upon payment "
                                    + "of the fees."},
                            new String[] {"p", "2.2 The Developer retains its pre-existing materials and grants the Client a "
                                    + "perpetual licence to use them as part of the Deliverables. The Developer shall:"},
                            new String[] {"p", "(a) deliver the source code of the Deliverables with each release;"},
                            new String[] {"p", "(b) keep the documentation complete and current; and"},
                            new String[] {"p", "(c) give the staff of the Client access to the development environment."},
                            new String[] {"h", "3. PAYMENT"},
                            new String[] {"p", "3.1 The Client shall pay each invoice within thirty (30) days of receipt."}),
                    List.of(
                            new String[] {"h", "4. TERM AND TERMINATION"},
                            new String[] {"p", "4.1 This Agreement starts on the Effective Date and continues until the "
                                    + "Deliverables are accepted, unless terminated earlier under this Section 4."},
                            new String[] {"p", "4.2 Either party may terminate this Agreement on thirty (30) days' written "
                                    + "notice if the other party materially breaches it and fails to cure the breach."},
                            new String[] {"h", "5. GOVERNING LAW"},
                            new String[] {"p", "5.1 This Agreement is governed by the laws of the State of New York."}));
            int number = 1;
            for (List<String[]> blocks : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    show(content, REGULAR, 9, MARGIN, 40, "Software Development Agreement - Acme Corporation and Beta Labs Ltd");
                    Sheet sheet = new Sheet(content);
                    for (String[] block : blocks) {
                        switch (block[0]) {
                            case "title" -> sheet.paragraph(BOLD, 16, block[1]);
                            case "h" -> sheet.heading(block[1]);
                            default -> sheet.paragraph(block[1]);
                        }
                    }
                    show(content, REGULAR, 9, MARGIN, HEIGHT - 40, "Acme / Beta - Internal Use Only");
                    show(content, REGULAR, 9, WIDTH - MARGIN - 60, HEIGHT - 40, "Page " + number + " of 3");
                }
                number++;
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Software Development Agreement");
            info.setAuthor("clausecheck fixtures");
            info.setCreationDate(utc(2024, Calendar.JANUARY, 15, 10));
            info.setModificationDate(utc(2024, Calendar.FEBRUARY, 1, 9));
            document.save(file.toFile());
        }
    }

    /** Two columns written row by row: content order interleaves them, reading order must not. */
    private static void writeTwoColumns(Path file) throws IOException {
        float gutter = 36;
        float columnWidth = (WIDTH - 2 * MARGIN - gutter) / 2;
        List<String> left = wrap(REGULAR, BODY, "A1. Availability. The Provider shall keep the Service available "
                + "for at least 99.9 percent of each calendar month, measured by the monitoring tools agreed by the "
                + "parties, and shall report every outage to the Customer within one hour. The left column ends here.",
                columnWidth);
        List<String> right = wrap(REGULAR, BODY, "B1. Support. The Provider shall answer every support request "
                + "within four business hours and shall resolve critical incidents within one business day, keeping "
                + "the Customer informed of progress at least twice a day. The right column ends here.", columnWidth);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                show(content, BOLD, 14, MARGIN, MARGIN, "SERVICE LEVEL TERMS");
                float y = MARGIN + 30;
                for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                    if (i < left.size()) {
                        show(content, REGULAR, BODY, MARGIN, y, left.get(i));
                    }
                    if (i < right.size()) {
                        show(content, REGULAR, BODY, MARGIN + columnWidth + gutter, y, right.get(i));
                    }
                    y += LEADING;
                }
                y += 2 * LEADING;
                for (String line : wrap(REGULAR, BODY, "These service levels form part of the Agreement and apply "
                        + "from the Effective Date until the Agreement ends, whatever the reason for its end.",
                        WIDTH - 2 * MARGIN)) {
                    show(content, REGULAR, BODY, MARGIN, y, line);
                    y += LEADING;
                }
            }
            document.save(file.toFile());
        }
    }

    /** The first page of the contract as a grey image without text: what a scanner produces. */
    private static void writeScanned(Path contract, Path file) throws IOException {
        try (PDDocument source = Loader.loadPDF(contract.toFile()); PDDocument document = new PDDocument()) {
            addImagePage(document, new PDFRenderer(source).renderImageWithDPI(0, 50, ImageType.GRAY));
            document.save(file.toFile());
        }
    }

    /** A text page, an image-only page and another text page. */
    private static void writeMixed(Path contract, Path file) throws IOException {
        try (PDDocument source = Loader.loadPDF(contract.toFile()); PDDocument document = new PDDocument()) {
            BufferedImage scan = new PDFRenderer(source).renderImageWithDPI(1, 50, ImageType.GRAY);
            addTextPage(document, "1. SCOPE", "1.1 The Supplier shall provide the services described in the schedule "
                    + "that follows, which was signed on paper and scanned.");
            addImagePage(document, scan);
            addTextPage(document, "2. FEES", "2.1 The Customer shall pay the fees within thirty (30) days of the "
                    + "invoice date.");
            document.save(file.toFile());
        }
    }

    /** Three text pages; the second uses a font PDFBox cannot load (a Type0 font without descendants). */
    private static void writeBrokenPage(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, "1. SCOPE", "1.1 The Supplier shall provide the services.");
            addTextPage(document, "2. FEES", "2.1 This page cannot be read.");
            addTextPage(document, "3. TERM", "3.1 This Agreement runs for two years.");
            COSDictionary broken = new COSDictionary();
            broken.setItem(COSName.TYPE, COSName.FONT);
            broken.setItem(COSName.SUBTYPE, COSName.TYPE0);
            broken.setName(COSName.BASE_FONT, "Broken");
            COSDictionary fonts = document.getPage(1).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            for (COSName name : fonts.keySet()) {
                fonts.setItem(name, broken);
            }
            document.save(file.toFile());
        }
    }

    /**
     * Text drawn more than once at nearly the same place, as producers simulate bold or draw shadows: a
     * heading shown three times 0.3 points apart, a paragraph whose every glyph is shown twice, a line
     * shown again exactly over itself, a paragraph shown once whose doubled letters must stay, and tagged
     * text whose glyphs stand for a replacement text.
     */
    private static void writeOverprinted(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (float offset : new float[] {0f, 0.3f, 0.6f}) {
                    show(content, REGULAR, 12, MARGIN + offset, MARGIN, "1. OWNERSHIP OF THE WORK");
                }
                float x = MARGIN;
                for (char glyph : "1.1 The Supplier assigns all code and models to the Customer.".toCharArray()) {
                    show(content, REGULAR, BODY, x, MARGIN + 24, String.valueOf(glyph));
                    show(content, REGULAR, BODY, x + 0.25f, MARGIN + 24.25f, String.valueOf(glyph));
                    x += REGULAR.getStringWidth(String.valueOf(glyph)) / 1000 * BODY;
                }
                for (int layer = 0; layer < 2; layer++) {
                    show(content, REGULAR, BODY, MARGIN, MARGIN + 46, "1.2 The Supplier keeps the prompts in the repository.");
                }
                show(content, REGULAR, BODY, MARGIN, MARGIN + 68, "1.3 The committee books all fees: aa bb cc 1100.");
                // Tagged PDF: the glyphs "lic. fee" stand for the ActualText "licence fee".
                COSDictionary span = new COSDictionary();
                span.setString(COSName.ACTUAL_TEXT, "licence fee");
                content.beginText();
                content.setFont(REGULAR, BODY);
                content.newLineAtOffset(MARGIN, HEIGHT - (MARGIN + 90));
                content.showText("1.4 The ");
                content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
                content.showText("lic. fee");
                content.endMarkedContent();
                content.showText(" is due.");
                content.endText();
            }
            document.save(file.toFile());
        }
    }

    /**
     * The glyph handling that the CUAD PDFs reach and the Helvetica fixtures do not: page content split
     * over several streams, one of them undecodable; an embedded composite (Type 0) font, written
     * horizontally and vertically; character and word spacing, horizontal scaling, text rise, rotated
     * text; a crop box away from the origin.
     */
    private static void writeGlyphPaths(Path file, Path trueTypeFont) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage split = new PDPage(PDRectangle.LETTER);
            document.addPage(split);
            try (PDPageContentStream content = new PDPageContentStream(document, split)) {
                show(content, REGULAR, BODY, MARGIN, MARGIN, "1. The first content stream holds this line.");
            }
            try (PDPageContentStream content = new PDPageContentStream(document, split,
                    PDPageContentStream.AppendMode.APPEND, false)) {
                show(content, REGULAR, BODY, MARGIN, MARGIN + 20, "2. The last content stream holds this one.");
            }
            COSStream undecodable = document.getDocument().createCOSStream();
            undecodable.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = undecodable.createRawOutputStream()) {
                raw.write("BT /F1 11 Tf (not deflated) Tj ET".getBytes(StandardCharsets.US_ASCII));
            }
            split.getCOSObject().getCOSArray(COSName.CONTENTS).add(1, undecodable);

            PDType0Font composite = PDType0Font.load(document, trueTypeFont.toFile());
            PDPage cropped = new PDPage(PDRectangle.LETTER);
            cropped.setCropBox(new PDRectangle(20, 30, WIDTH - 40, HEIGHT - 60));
            document.addPage(cropped);
            try (PDPageContentStream content = new PDPageContentStream(document, cropped)) {
                show(content, composite, BODY, MARGIN, MARGIN, "3. \u03A9mega clauses, na\u00EFve caf\u00E9, \uFB01nal terms.");
                content.beginText();
                content.setFont(REGULAR, BODY);
                content.setCharacterSpacing(0.8f);
                content.setWordSpacing(4f);
                content.setHorizontalScaling(85f);
                content.setTextRise(2f);
                content.newLineAtOffset(MARGIN, HEIGHT - (MARGIN + 20));
                content.showText("4. Spaced, scaled and raised words.");
                content.endText();
                content.beginText();
                content.setFont(composite, BODY);
                content.setCharacterSpacing(0.5f);
                content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(90), WIDTH - MARGIN, MARGIN));
                content.showText("5. Rotated text in the margin.");
                content.endText();
            }

            PDType0Font vertical = PDType0Font.loadVertical(document, trueTypeFont.toFile());
            PDPage upright = new PDPage(PDRectangle.LETTER);
            document.addPage(upright);
            try (PDPageContentStream content = new PDPageContentStream(document, upright)) {
                show(content, vertical, BODY, WIDTH / 2, MARGIN, "6. Vertical");
            }
            document.save(file.toFile());
        }
    }

    private static void addTextPage(PDDocument document, String heading, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            Sheet sheet = new Sheet(content);
            sheet.heading(heading);
            sheet.paragraph(text);
        }
    }

    private static void addImagePage(PDDocument document, BufferedImage image) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        PDImageXObject xObject = LosslessFactory.createFromImage(document, image);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(xObject, 0, 0, WIDTH, HEIGHT);
        }
    }

    /** Shows one line of text with its baseline {@code top} points below the top of the page. */
    private static void show(PDPageContentStream content, PDFont font, float size, float x, float top, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, HEIGHT - top);
        content.showText(text);
        content.endText();
    }

    /** Greedy line breaking; a newline in the text forces a break (used to place a hyphen at a line end). */
    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String forced : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : forced.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static Calendar utc(int year, int month, int day, int hour) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(year, month, day, hour, 0, 0);
        return calendar;
    }
}
