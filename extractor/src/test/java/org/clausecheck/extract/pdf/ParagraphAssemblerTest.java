package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphAssemblerTest {

    private static final float LEFT = 72;
    private static final float RIGHT = 540;

    @Test
    void aWiderGapStartsAParagraph() {
        List<PdfLine> lines = List.of(full("The Supplier shall perform the Services with due care and skill and", 1, 100),
                full("in accordance with good industry practice at all times during the", 1, 114),
                end("Term of this Agreement.", 1, 128),
                full("The Customer shall give the Supplier such access to its premises as", 1, 150),
                end("the Supplier reasonably needs.", 1, 164));
        assertEquals(List.of(
                "The Supplier shall perform the Services with due care and skill and in accordance with good industry "
                        + "practice at all times during the Term of this Agreement.",
                "The Customer shall give the Supplier such access to its premises as the Supplier reasonably needs."),
                texts(List.of(lines)));
    }

    @Test
    void aSectionNumberAfterAFullStopStartsAParagraphAtNormalSpacing() {
        List<PdfLine> lines = List.of(full("7.1 The Supplier shall keep the Confidential Information secret and use", 1, 100),
                end("it only for this Agreement.", 1, 114),
                full("7.2 Clause 7.1 does not apply to information that is public.", 1, 128));
        assertEquals(List.of("7.1 The Supplier shall keep the Confidential Information secret and use it only for this "
                + "Agreement.", "7.2 Clause 7.1 does not apply to information that is public."), texts(List.of(lines)));
    }

    @Test
    void aSentenceGoesOnAcrossAPageBreak() {
        List<PdfLine> first = List.of(full("The Supplier shall deliver the source code of each release to the", 1, 100),
                full("escrow agent within ten days and shall update the deposit whenever", 1, 114));
        List<PdfLine> second = List.of(end("a new release is accepted.", 2, 100),
                end("New paragraph.", 2, 130));
        assertEquals(List.of("The Supplier shall deliver the source code of each release to the escrow agent within ten "
                + "days and shall update the deposit whenever a new release is accepted.", "New paragraph."),
                texts(List.of(first, second)));
    }

    @Test
    void tableOfContentsEntriesStayApart() {
        List<PdfLine> lines = new ArrayList<>();
        lines.add(new PdfLine("1.1 Definitions 1", 1, LEFT, 100, RIGHT, 11, false));
        lines.add(new PdfLine("1.2 Interpretation 4", 1, LEFT, 114, RIGHT, 11, false));
        lines.add(new PdfLine("2. Services", 1, LEFT, 128, 140, 11, false));
        lines.add(new PdfLine("2.1 Scope", 1, LEFT, 142, 140, 11, false));
        assertEquals(List.of("1.1 Definitions 1", "1.2 Interpretation 4", "2. Services", "2.1 Scope"),
                texts(List.of(lines)));
    }

    private static List<String> texts(List<List<PdfLine>> flows) {
        return ParagraphAssembler.assemble(flows).stream().map(PdfParagraph::text).toList();
    }

    /** A line that fills the measure. */
    private static PdfLine full(String text, int page, float y) {
        return new PdfLine(text, page, LEFT, y, RIGHT, 11, false);
    }

    /** The short last line of a paragraph. */
    private static PdfLine end(String text, int page, float y) {
        return new PdfLine(text, page, LEFT, y, LEFT + 5 * text.length(), 11, false);
    }
}
