package org.clausecheck.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TesseractTsvTest {

    private static final String HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth"
            + "\theight\tconf\ttext\n";

    @Test
    void wordsAreGroupedIntoTheirLinesAndEmptyWordsDropped() {
        String tsv = HEADER
                + "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t\n"
                + "4\t1\t1\t1\t1\t0\t300\t400\t900\t40\t-1\t\n"
                + "5\t1\t1\t1\t1\t1\t300\t400\t100\t40\t96.5\t1.1\n"
                + "5\t1\t1\t1\t1\t2\t420\t402\t200\t38\t91\tSupplier\n"
                + "5\t1\t1\t1\t1\t3\t640\t402\t20\t38\t95\t \n"
                + "5\t1\t1\t1\t2\t1\t300\t460\t150\t40\t88\tshall\n"
                + "5\t1\t2\t1\t1\t1\t300\t600\t150\t40\t-1\tpay\n";

        List<RecognisedLine> lines = TesseractTsv.parse(tsv);

        assertEquals(List.of("1.1 Supplier", "shall", "pay"), lines.stream().map(RecognisedLine::text).toList());
        RecognisedWord supplier = lines.get(0).words().get(1);
        assertEquals(new RecognisedWord("Supplier", 420, 402, 200, 38, 91), supplier);
        assertEquals(620, supplier.right());
        assertEquals(0, lines.get(2).words().get(0).confidence(), "Tesseract's -1 (no confidence) counts as 0");
    }
}
