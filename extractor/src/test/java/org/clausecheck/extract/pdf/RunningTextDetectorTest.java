package org.clausecheck.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningTextDetectorTest {

    @Test
    void removesRepeatedHeadersAndPageNumbersButNotBodyText() {
        List<String> body = List.of("The Supplier shall perform the Services.", "The Customer shall pay the Fees.",
                "Either party may terminate on notice.", "This Agreement is governed by English law.");
        List<PdfPage> pages = new ArrayList<>();
        for (int number = 1; number <= 4; number++) {
            pages.add(new PdfPage(number, 612, 792, List.of(
                    line("MASTER SERVICES AGREEMENT (version " + (10 + number) + ")", number, 40),
                    line("ARTICLE " + number, number, 90),
                    line(body.get(number - 1), number, 110),
                    line("- " + number + " -", number, 760))));
        }
        RunningTextDetector.Result result = RunningTextDetector.detect(pages);
        assertEquals(List.of("MASTER SERVICES AGREEMENT (version 11)"), result.headers());
        assertEquals(List.of("- 1 -"), result.footers());
        for (PdfPage page : result.bodyPages()) {
            assertEquals(List.of("ARTICLE " + page.number(), body.get(page.number() - 1)),
                    page.lines().stream().map(PdfLine::text).toList());
        }
    }

    @Test
    void aBarePageNumberGoesEvenOnASinglePage() {
        PdfPage page = new PdfPage(1, 612, 792, List.of(line("Body text.", 1, 100), line("7", 1, 760)));
        RunningTextDetector.Result result = RunningTextDetector.detect(List.of(page));
        assertEquals(List.of("7"), result.footers());
        assertEquals(1, result.bodyPages().get(0).lines().size());
    }

    @Test
    void aListMarkerSetApartFromItsTextIsNotAPageNumber() {
        PdfPage page = new PdfPage(1, 612, 792, List.of(
                line("Body text.", 1, 100), line("(c)", 1, 740), new PdfLine("the last item.", 1, 110, 740, 300, 11, false)));
        RunningTextDetector.Result result = RunningTextDetector.detect(List.of(page));
        assertEquals(List.of(), result.footers());
        assertEquals(3, result.bodyPages().get(0).lines().size());
    }

    private static PdfLine line(String text, int page, float y) {
        return new PdfLine(text, page, 72, y, 72 + 5 * text.length(), 11, false);
    }
}
