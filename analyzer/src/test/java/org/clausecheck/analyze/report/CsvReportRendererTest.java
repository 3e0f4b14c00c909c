package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportRendererTest extends AbstractRendererTest {

    @Override
    ReportRenderer renderer() {
        return new CsvReportRenderer();
    }

    @Test
    void oneRowPerDocumentAndFindingWithTheHeaderFirst() {
        List<List<String>> rows = parse(render(ReportFixtures.everyStatus()));
        assertEquals(CsvReportRenderer.COLUMNS, rows.get(0));
        assertEquals(1 + 6 + 6, rows.size());
        rows.forEach(row -> assertEquals(CsvReportRenderer.COLUMNS.size(), row.size(), row.toString()));
        // Documents in report order (sorted by file), findings in playbook order.
        assertEquals(List.of("contracts/acme-msa.docx", "ip-ownership", "MISSING"),
                List.of(rows.get(1).get(0), rows.get(1).get(2), rows.get(1).get(5)));
        assertEquals("contracts/northwind agreement.pdf", rows.get(7).get(0));
        assertEquals("CONTRARY", rows.get(7).get(5));
        assertEquals("2", rows.get(7).get(7));
        assertEquals("3.1", rows.get(7).get(8));
        assertEquals("0.46", rows.get(8).get(6));
    }

    @Test
    void errorsAreRowsWithStatusError() {
        List<List<String>> rows = parse(render(ReportFixtures.withErrors()));
        List<String> error = rows.get(rows.size() - 1);
        assertEquals("contracts/scan.pdf", error.get(0));
        assertEquals("ERROR", error.get(5));
        assertEquals("no text layer: the PDF holds scanned images only", error.get(11));
    }

    @Test
    void linesEndWithCrLf() {
        String csv = render(ReportFixtures.everyStatus());
        assertTrue(csv.endsWith("\r\n"));
        assertFalse(csv.replace("\r\n", "").contains("\n"), "bare line feed outside CRLF");
    }

    @Test
    void formulasFromContractTextAreInert() {
        List<List<String>> rows = parse(render(ReportFixtures.hostile()));
        for (List<String> row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "live formula: " + cell);
            }
        }
        List<String> contrary = rows.get(1);
        assertTrue(contrary.get(9).startsWith("'=HYPERLINK("), contrary.get(9));
        assertEquals("'=1+1 ask for <em>this</em>", contrary.get(10));
        List<String> weak = rows.get(2);
        assertEquals("'+cmd|' /C calc'!A0", weak.get(9));
        assertEquals("'-1", weak.get(8));
        assertEquals("'@SUM(1+1)", weak.get(10));
        assertEquals("'-2+3", weak.get(11));
        List<String> missing = rows.get(3);
        assertEquals("MISSING", missing.get(5));
        assertTrue(missing.get(12).startsWith("page 1, section 1 (<b>Heading</b>) (score 0.50, similarity): =HYPERLINK("),
                missing.get(12));
        List<String> error = rows.get(4);
        assertEquals("'=cmd|' /C calc'!A0.docx", error.get(0));
        assertEquals("", error.get(12));
    }

    @Test
    void neutralisationCoversEveryTrigger() {
        for (String cell : List.of("=1", "+1", "-1", "@A1", "\t=1", "\r=1", "  =1")) {
            assertTrue(CsvEscaper.neutralise(cell).startsWith("'"), cell);
        }
        assertEquals("Vendor shall", CsvEscaper.neutralise("Vendor shall"));
        assertEquals("\"a,\"\"b\"\"\"", CsvEscaper.quote("a,\"b\""));
    }

    /** A strict RFC 4180 reader: quoted cells may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, cell.length(), "quote inside an unquoted cell");
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertFalse(quoted, "unterminated quote");
        assertEquals(0, cell.length() + row.size(), "last row without CRLF");
        return rows;
    }
}
