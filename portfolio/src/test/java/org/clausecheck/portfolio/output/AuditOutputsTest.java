package org.clausecheck.portfolio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.portfolio.AuditResult;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.portfolio.PortfolioIndex;
import org.clausecheck.portfolio.PortfolioReader;
import org.clausecheck.portfolio.Portfolios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditOutputsTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @TempDir
    static Path temp;
    static PortfolioReader samplesIndex;
    static AuditOutput samples;
    static PortfolioReader emptyIndex;
    static AuditOutput hostile;

    @BeforeAll
    static void audit() throws IOException {
        Path contracts = temp.resolve("contracts");
        Portfolios.copySamples(contracts);
        Portfolios.copyFixture("corrupt.pdf", contracts);
        AuditResult result = Portfolios.audit(contracts, temp.resolve("index"), new AtomicInteger());
        samplesIndex = PortfolioReader.open(temp.resolve("index"));
        Playbook playbook = PlaybookLoader.loadDefault();
        samples = new AuditOutput(playbook, result, samplesIndex);

        try (PortfolioIndex empty = PortfolioIndex.open(temp.resolve("empty"))) {
            empty.commit();
        }
        emptyIndex = PortfolioReader.open(temp.resolve("empty"));
        List<Status> statuses = new ArrayList<>();
        playbook.rules().forEach(rule -> statuses.add(Status.MET));
        statuses.set(1, Status.MISSING);
        AuditResult rows = new AuditResult(List.of(
                new AuditRow(FORMULA, "/k/1", "ab", "TXT", 0, RiskLevel.MEDIUM, statuses, null, false),
                new AuditRow("x<script>alert(1)</script>.txt", "/k/2", "", "", 0, null, List.of(), "-2+3 & <b>", false)),
                Map.of(), 1, 0, 0, Duration.ZERO);
        hostile = new AuditOutput(playbook, rows, emptyIndex);
    }

    @AfterAll
    static void close() throws IOException {
        samplesIndex.close();
        emptyIndex.close();
    }

    @Test
    void xlsxHasSummaryFindingsAndErrorsSheetsWithColoursFrozenHeaderAndFilter() throws IOException {
        Path file = temp.resolve("audit.xlsx");
        AuditFormat.XLSX.write(samples, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(List.of("Summary", "Findings", "Errors"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            XSSFSheet summary = workbook.getSheet("Summary");
            Row header = summary.getRow(0);
            assertEquals("Contract", header.getCell(0).getStringCellValue());
            assertEquals(samples.rules().get(0).title(), header.getCell(4).getStringCellValue());
            assertEquals(9, summary.getLastRowNum(), "a header and nine rows (eight contracts, one failure)");

            int ip = 4; // the first protection's column
            Cell met = findStatusCell(summary, ip, "MET");
            assertNotNull(met, "some contract meets ip-ownership");
            assertEquals(IndexedColors.LIGHT_GREEN.getIndex(), met.getCellStyle().getFillForegroundColor());
            Cell contrary = findStatusCell(summary, ip, "CONTRARY");
            assertEquals(IndexedColors.RED.getIndex(), contrary.getCellStyle().getFillForegroundColor());

            PaneInformation pane = summary.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitTopRow());
            assertTrue(summary.getCTWorksheet().isSetAutoFilter());
            assertTrue(summary.getCTWorksheet().getAutoFilter().getRef().startsWith("A1:"));

            XSSFSheet findings = workbook.getSheet("Findings");
            assertEquals("Quote", findings.getRow(0).getCell(5).getStringCellValue());
            boolean quotedWithPage = false;
            for (Row row : findings) {
                if (row.getRowNum() > 0 && row.getCell(5) != null && row.getCell(6) != null) {
                    quotedWithPage |= row.getCell(0).getStringCellValue().endsWith(".pdf")
                            && row.getCell(6).getNumericCellValue() >= 1;
                }
            }
            assertTrue(quotedWithPage, "evidence from a PDF has its quote and page");

            XSSFSheet errors = workbook.getSheet("Errors");
            assertTrue(errors.getRow(1).getCell(0).getStringCellValue().endsWith("corrupt.pdf"));
            assertFalse(errors.getRow(1).getCell(1).getStringCellValue().isBlank());
        }
    }

    @Test
    void xlsxHeadersWrapAndEveryRowLinksToItsFile() throws IOException {
        Path file = temp.resolve("linked.xlsx");
        AuditFormat.XLSX.write(samples, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            Row header = summary.getRow(0);
            for (Cell cell : header) {
                assertTrue(cell.getCellStyle().getWrapText(), "header " + cell.getStringCellValue() + " wraps");
            }
            assertTrue(header.getHeightInPoints() >= 4 * summary.getDefaultRowHeightInPoints(),
                    "the summary header is tall enough for the wrapped titles");
            int linked = 0;
            for (var sheet : workbook) {
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    Cell name = row.getCell(0);
                    var link = name.getHyperlink();
                    assertNotNull(link, sheet.getSheetName() + " row " + row.getRowNum() + " has no link to its file");
                    assertEquals(org.apache.poi.common.usermodel.HyperlinkType.FILE, link.getType());
                    Path target = Path.of(java.net.URI.create(link.getAddress()));
                    assertTrue(Files.isRegularFile(target), "the link opens the file: " + target);
                    assertTrue(name.getStringCellValue().endsWith(target.getFileName().toString()),
                            name.getStringCellValue() + " links to " + target);
                    linked++;
                }
            }
            assertTrue(linked > samples.result().rows().size(), "summary, findings and errors rows are linked");
        }
    }

    @Test
    void xlsxWritesFormulaLikeTextAsPlainStrings() throws IOException {
        Path file = temp.resolve("hostile.xlsx");
        AuditFormat.XLSX.write(hostile, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Cell name = workbook.getSheet("Summary").getRow(1).getCell(0);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(FORMULA, name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed(), "quote-prefixed: stays text when edited");
            Cell reason = workbook.getSheet("Errors").getRow(1).getCell(1);
            assertEquals(CellType.STRING, reason.getCellType());
            assertEquals("-2+3 & <b>", reason.getStringCellValue());
            for (var sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, "no formula cell anywhere");
                    }
                }
            }
        }
    }

    @Test
    void csvQuotesAndNeutralisesFormulaCells() throws IOException {
        StringWriter out = new StringWriter();
        AuditFormat.CSV.write(hostile, out, false);
        String[] lines = out.toString().split("\r\n", -1);
        assertTrue(lines[0].startsWith("file,sha256,format,pages,risk,ip-ownership,"), lines[0]);
        assertTrue(lines[1].startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",ab,TXT,0,MEDIUM,MET,MISSING"),
                lines[1]);
        assertTrue(lines[2].endsWith(",'-2+3 & <b>,,"), "the error, then no pages unread and no waivers: " + lines[2]);
        assertEquals("", lines[3], "every record ends with CRLF");
    }

    @Test
    void htmlIsSelfContainedAndEscaped() throws IOException {
        StringWriter out = new StringWriter();
        AuditFormat.HTML.write(hostile, out, false);
        String html = out.toString();
        assertFalse(html.contains("<script"), "no script, and contract text cannot inject one");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;.txt"));
        assertTrue(html.contains("-2+3 &amp; &lt;b&gt;"));
        assertFalse(html.contains("src="), "no external resources");
        assertFalse(html.contains("<link"), "no external style sheet");

        StringWriter real = new StringWriter();
        AuditFormat.HTML.write(samples, real, false);
        String dashboard = real.toString();
        assertTrue(dashboard.contains("<h2>Protections</h2>"));
        assertTrue(dashboard.contains("href=\"#c2-ip-ownership\""), "matrix cells link to the contract's gaps");
        assertTrue(dashboard.contains("id=\"c2\""));
        assertTrue(dashboard.contains("<blockquote>"), "gaps show their evidence");
    }

    @Test
    void htmlMatrixListsTheRiskiestFirstByPathBelowTheAuditedFolderAndLinksEachRowToItsFindings() throws IOException {
        StringWriter out = new StringWriter();
        AuditFormat.HTML.write(samples, out, false);
        String html = out.toString();
        String folder = temp.resolve("contracts").toString() + java.io.File.separator;
        assertTrue(html.contains("Paths are relative to <code>" + HtmlAuditWriter.escape(folder) + "</code>"), html);
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                "<tr><td class=\"contract\"><a href=\"#(c\\d+)\">([^<]*)</a></td><td class=\"(\\w+)\">").matcher(html);
        List<String> order = List.of("HIGH", "MEDIUM", "LOW", "failed");
        int rows = 0;
        int previousRank = 0;
        String previousName = "";
        while (row.find()) {
            rows++;
            String name = row.group(2);
            int rank = order.indexOf(row.group(3));
            assertFalse(name.contains(temp.toString()), "not relative to the audited folder: " + name);
            assertTrue(rank >= previousRank, name + " (" + row.group(3) + ") comes after a less risky row");
            assertTrue(rank > previousRank || name.compareTo(previousName) > 0, name + " is out of order by name");
            assertTrue(html.contains("<section id=\"" + row.group(1) + "\"><h3>" + name + "</h3>"),
                    "the row of " + name + " links to no findings");
            previousRank = rank;
            previousName = name;
        }
        assertEquals(samples.result().rows().size(), rows, "every file is a row");
        assertEquals(order.indexOf("failed"), previousRank, "corrupt.pdf, which failed, is the last row");
        for (var rule : samples.rules()) {
            assertTrue(html.contains("<th class=\"rule\" title=\"" + HtmlAuditWriter.escape(rule.title()) + "\"><abbr title=\""
                    + HtmlAuditWriter.escape(rule.title()) + "\">" + rule.id() + "</abbr></th>"), rule.id());
        }
        assertTrue(html.contains("position:sticky"), "the matrix header stays in view");
    }

    @Test
    void jsonLinesHasOneDocumentPerLineInTheCheckSchemaAndOneLinePerError() throws IOException {
        StringWriter out = new StringWriter();
        AuditFormat.JSONL.write(samples, out, false);
        List<String> lines = out.toString().lines().toList();
        assertEquals(9, lines.size());
        JsonFactory factory = new JsonFactory();
        int documents = 0;
        int errors = 0;
        for (String line : lines) {
            try (JsonParser parser = factory.createParser(line)) {
                assertEquals(JsonToken.START_OBJECT, parser.nextToken());
                List<String> fields = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    fields.add(parser.currentName());
                    parser.nextToken();
                    parser.skipChildren();
                }
                assertEquals(null, parser.nextToken(), "one object per line");
                if (fields.contains("findings")) {
                    documents++;
                    assertEquals(List.of("file", "sha256", "format", "pages", "complete", "unreadPages", "parties",
                            "roles", "documentType",
                            "operativeTermsNotInFile", "incorporatedByReference", "template", "summary", "findings",
                            "warnings"), fields);
                } else {
                    errors++;
                    assertEquals(List.of("file", "reason"), fields);
                }
            }
        }
        assertEquals(8, documents);
        assertEquals(1, errors);
    }

    @Test
    void matrixHasOneRowPerFileLegendAndNoColourUnlessAsked() throws IOException {
        StringWriter plain = new StringWriter();
        AuditFormat.MATRIX.write(samples, plain, false);
        String matrix = plain.toString();
        assertTrue(matrix.contains("Legend: + MET   ~ WEAK   x CONTRARY   - MISSING"));
        assertTrue(matrix.lines().anyMatch(line -> line.contains("vendor-keeps-ip-saas-terms.pdf") && line.contains("x")));
        assertTrue(matrix.contains("corrupt.pdf: "));
        assertFalse(matrix.contains("\u001b["));
        StringWriter coloured = new StringWriter();
        AuditFormat.MATRIX.write(samples, coloured, true);
        assertTrue(coloured.toString().contains("\u001b[32m+"));
    }

    private static Cell findStatusCell(XSSFSheet sheet, int column, String status) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 0 && cell != null && status.equals(cell.getStringCellValue())) {
                return cell;
            }
        }
        return null;
    }
}
