package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.inventory.ClauseInventoryReader;
import org.clausecheck.portfolio.output.AuditFormat;
import org.clausecheck.portfolio.output.AuditOutput;
import org.clausecheck.portfolio.search.ContractMatch;
import org.clausecheck.portfolio.search.InventoryFilter;
import org.clausecheck.portfolio.search.PortfolioSearcher;
import org.clausecheck.portfolio.search.SearchRequest;
import org.clausecheck.portfolio.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clause inventory and key terms through the audit: columns in CSV and XLSX (dates as dates), objects in JSON
 * Lines, kept for a re-audit, and filters of search. The samples plus two agreements written here that state an
 * expiration date (no sample does), one renewing by itself.
 */
class InventoryAuditTest {

    private static final String HOSTING = "renewing-hosting-agreement.txt";
    private static final String LICENCE = "fixed-term-licence-agreement.txt";

    @TempDir
    static Path temp;
    static Path index;
    static AuditResult audit;
    static PortfolioReader reader;
    static AuditOutput output;

    @BeforeAll
    static void auditWithInventory() throws IOException {
        Path contracts = temp.resolve("contracts");
        Portfolios.copySamples(contracts);
        Files.writeString(contracts.resolve(HOSTING), """
                HOSTING SERVICES AGREEMENT

                This Hosting Services Agreement (the "Agreement") is entered into as of March 3, 2025 (the \
                "Effective Date") by and between Alder Clinics, Inc., a Delaware corporation ("Customer"), and \
                Nimbus Hosting LLC, a Delaware limited liability company ("Provider").

                1. Services. Provider will host and operate the Customer's patient portal software.

                2. Term. The term of this Agreement shall commence on the Effective Date and continue until \
                June 30, 2027 (the "Initial Term"). Thereafter this Agreement shall automatically renew for \
                successive one (1) year terms unless either party gives written notice of non-renewal at least \
                ninety (90) days before the end of the then-current term.

                3. Assignment. Neither party may assign this Agreement without the prior written consent of the \
                other party. Any change of control of Provider shall be deemed an assignment requiring such consent.

                4. Governing Law. This Agreement shall be governed by the laws of the State of Delaware.
                """);
        Files.writeString(contracts.resolve(LICENCE), """
                SOFTWARE LICENCE AGREEMENT

                This Software Licence Agreement (the "Agreement") is made as of January 15, 2024 between Osprey \
                Freight Corp. ("Licensee") and Tern Analytics Inc. ("Licensor").

                1. Licence. Licensor grants Licensee a non-exclusive licence to use the routing software.

                2. Term. The term of this Agreement shall commence on the date above and continue until \
                January 31, 2029, when it ends without renewal.

                3. Governing Law. This Agreement is governed by the laws of the State of New York.
                """);
        index = temp.resolve("index");
        AnalysisOptions analysis = new AnalysisOptions(PlaybookLoader.loadDefault(), null)
                .withInventory(ClauseInventoryReader.shipped());
        audit = Portfolios.audit(contracts, index, new AtomicInteger(),
                new AuditSettings(2, Duration.ofSeconds(60), ExtractionOptions.defaults(), analysis));
        reader = PortfolioReader.open(index);
        output = new AuditOutput(analysis.playbook(), audit, reader, true);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    private static AuditRow row(String name) {
        return audit.rows().stream().filter(row -> row.file().endsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void rowsCarryTheKeyTermsAndAReAuditKeepsThemWithoutReadingAnything() {
        InventoryColumns hosting = row(HOSTING).inventory();
        assertNotNull(hosting);
        assertEquals("2027-06-30", hosting.expirationDate());
        assertEquals("2025-03-03", hosting.agreementDate());
        assertEquals("Delaware", hosting.governingLaw());
        assertFalse(hosting.renewalTerm().isEmpty(), "renews for successive one-year terms");
        assertEquals("90 days", hosting.noticePeriod());
        assertTrue(hosting.categories().contains("Change Of Control"), hosting.categories().toString());
        assertTrue(hosting.parties().contains("Nimbus Hosting LLC"), hosting.parties().toString());

        AtomicInteger extractions = new AtomicInteger();
        AnalysisOptions analysis = new AnalysisOptions(PlaybookLoader.loadDefault(), null)
                .withInventory(ClauseInventoryReader.shipped());
        AuditResult again = Portfolios.audit(temp.resolve("contracts"), temp.resolve("reaudit"), new AtomicInteger(),
                new AuditSettings(1, Duration.ofSeconds(60), ExtractionOptions.defaults(), analysis));
        AuditResult reused = Portfolios.audit(temp.resolve("contracts"), temp.resolve("reaudit"), extractions,
                new AuditSettings(1, Duration.ofSeconds(60), ExtractionOptions.defaults(), analysis));
        assertEquals(0, extractions.get(), "nothing changed: nothing read");
        assertEquals(again.rows().stream().map(AuditRow::inventory).toList(),
                reused.rows().stream().map(AuditRow::inventory).toList());

        // Without the inventory the stored rows do not do: they were analysed another way.
        AuditResult without = Portfolios.audit(temp.resolve("contracts"), temp.resolve("reaudit"), extractions,
                Portfolios.settings(1, Duration.ofSeconds(60)));
        assertEquals(without.rows().size(), extractions.get(), "every contract read again");
        assertTrue(without.rows().stream().allMatch(row -> row.inventory() == null));
    }

    @Test
    void csvAppendsTheKeyTermsAndOneYesNoColumnPerCategory() throws IOException {
        StringWriter csv = new StringWriter();
        AuditFormat.CSV.write(output, csv, false);
        List<List<String>> records = csv.toString().lines().map(InventoryAuditTest::csvFields).toList();
        List<String> header = records.get(0);
        int error = header.indexOf("waivers"); // the last column written before the inventory existed
        assertEquals(List.of("parties", "agreement-date", "effective-date", "expiration-date", "renewal-term",
                "notice-period-to-terminate-renewal", "governing-law", "Most Favored Nation"),
                header.subList(error + 1, error + 9), "after the columns written before the inventory existed");
        assertEquals("Third Party Beneficiary", header.get(header.size() - 1));
        List<String> hosting = records.stream().filter(record -> record.get(0).endsWith(HOSTING)).findFirst()
                .orElseThrow();
        assertEquals("2027-06-30", hosting.get(header.indexOf("expiration-date")));
        assertEquals("Delaware", hosting.get(header.indexOf("governing-law")));
        assertTrue(hosting.get(header.indexOf("parties")).contains("Alder Clinics, Inc.; Nimbus Hosting LLC"),
                hosting.toString());
        assertEquals("yes", hosting.get(header.indexOf("Change Of Control")));
        assertEquals("no", hosting.get(header.indexOf("Source Code Escrow")));

        StringWriter without = new StringWriter();
        AuditFormat.CSV.write(new AuditOutput(output.playbook(), audit, reader, false), without, false);
        assertEquals(error + 1, csvFields(without.toString().lines().findFirst().orElseThrow()).size(),
                "--no-inventory: the columns end with error, as before");
    }

    /** One CSV line's fields (no line breaks in these cells): quoted fields may hold commas and doubled quotes. */
    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @Test
    void xlsxDatesAreDateCellsAndTheInventoryColumnsAreFiltered() throws IOException {
        Path file = temp.resolve("audit.xlsx");
        AuditFormat.XLSX.write(output, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            Row header = summary.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(cell -> names.add(cell.getStringCellValue()));
            int expiration = names.indexOf("Expiration date");
            int agreement = names.indexOf("Agreement date");
            int categoryColumn = names.indexOf("Change Of Control");
            assertTrue(expiration > names.indexOf("Error") && agreement > 0 && categoryColumn > expiration,
                    names.toString());
            assertTrue(header.getCell(expiration).getCellStyle().getWrapText(), "headers wrap");

            Row hosting = rowOf(summary, HOSTING);
            Cell expires = hosting.getCell(expiration);
            assertEquals(CellType.NUMERIC, expires.getCellType(), "a date, not text");
            assertTrue(DateUtil.isCellDateFormatted(expires), "shown with a date format");
            assertEquals(LocalDate.of(2027, 6, 30), expires.getLocalDateTimeCellValue().toLocalDate());
            Cell signed = hosting.getCell(agreement);
            assertEquals(CellType.NUMERIC, signed.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(signed));
            assertEquals(LocalDate.of(2025, 3, 3), signed.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yes", hosting.getCell(categoryColumn).getStringCellValue());
            assertEquals("Delaware", hosting.getCell(names.indexOf("Governing law")).getStringCellValue());

            // The filter spans the header row and every column, the inventory's included.
            assertTrue(summary.getCTWorksheet().isSetAutoFilter());
            String ref = summary.getCTWorksheet().getAutoFilter().getRef();
            String lastColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(names.size() - 1);
            assertTrue(ref.startsWith("A1:" + lastColumn), ref + " ends at column " + lastColumn);
        }
    }

    private static Row rowOf(XSSFSheet sheet, String file) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().endsWith(file)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + file);
    }

    @Test
    void jsonLinesHoldTheKeyTermsAndClauses() throws IOException {
        StringWriter jsonl = new StringWriter();
        AuditFormat.JSONL.write(output, jsonl, false);
        String line = jsonl.toString().lines().filter(text -> text.contains(HOSTING)).findFirst().orElseThrow();
        try (JsonParser json = new JsonFactory().createParser(line)) {
            String expiration = null;
            boolean changeOfControl = false;
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && "expirationDate".equals(json.currentName())) {
                    json.nextToken();
                    expiration = json.getValueAsString();
                }
                if (json.currentToken() == JsonToken.VALUE_STRING && "Change Of Control".equals(json.getText())) {
                    changeOfControl = true;
                }
            }
            assertEquals("2027-06-30", expiration);
            assertTrue(changeOfControl, line);
        }
    }

    private static Set<String> files(SearchResult result) {
        return result.contracts().stream().map(ContractMatch::file).map(file -> Path.of(file).getFileName().toString())
                .collect(Collectors.toSet());
    }

    private static SearchResult search(InventoryFilter filter) throws IOException {
        return new PortfolioSearcher(reader).search(new SearchRequest(null, null, null, 100, filter));
    }

    @Test
    void searchFiltersByCategoryExpiryAndGoverningLaw() throws IOException {
        Set<String> changeOfControl = files(search(new InventoryFilter("Change Of Control", null, null, null, false)));
        assertTrue(changeOfControl.contains(HOSTING), changeOfControl.toString());
        assertFalse(changeOfControl.contains(LICENCE), changeOfControl.toString());

        assertEquals(Set.of(HOSTING), files(search(new InventoryFilter(null, LocalDate.of(2027, 7, 1), null, null,
                false))), "the only expiration before July 2027");
        assertEquals(Set.of(), files(search(new InventoryFilter(null, LocalDate.of(2027, 6, 30), null, null, false))),
                "before is strictly before");
        assertEquals(Set.of(LICENCE), files(search(new InventoryFilter(null, LocalDate.of(2030, 1, 1),
                LocalDate.of(2027, 6, 30), null, false))));

        Set<String> delaware = files(search(new InventoryFilter(null, null, null, "delaware", false)));
        assertTrue(delaware.containsAll(Set.of(HOSTING, "negations-master-services-agreement.docx")),
                delaware.toString());
        assertFalse(delaware.contains(LICENCE) || delaware.contains("northwind-ai-development-agreement.txt"),
                delaware.toString());
        Set<String> york = files(search(new InventoryFilter(null, null, null, "New York", false)));
        assertTrue(york.containsAll(Set.of(LICENCE, "northwind-ai-development-agreement.txt")), york.toString());
        assertFalse(york.contains(HOSTING), york.toString());

        // "Which agreements renew by themselves and expire in the next months": one request.
        SearchResult renewing = search(new InventoryFilter(null, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 6, 1),
                null, true));
        assertEquals(Set.of(HOSTING), files(renewing));
        assertEquals(1, renewing.totalContracts());
    }

    @Test
    void inventoryFiltersCombineWithRuleStatusAndQuery() throws IOException {
        PortfolioSearcher searcher = new PortfolioSearcher(reader);
        InventoryFilter newYork = new InventoryFilter(null, null, null, "new york", false);
        SearchResult missing = searcher.search(new SearchRequest(null, "ip-ownership", null, 100, newYork));
        assertFalse(missing.contracts().isEmpty());
        assertTrue(missing.contracts().stream().allMatch(match -> "ip-ownership".equals(match.rule())
                && (match.file().endsWith(LICENCE) || match.file().endsWith("northwind-ai-development-agreement.txt"))),
                missing.contracts().toString());

        SearchResult assign = searcher.search(new SearchRequest("assign", null, null, 100,
                new InventoryFilter("Change Of Control", null, null, "Delaware", false)));
        assertFalse(assign.hits().isEmpty());
        assertTrue(assign.hits().stream().allMatch(hit -> hit.file().endsWith(HOSTING)), assign.hits().toString());

        SearchResult withStatus = searcher.search(new SearchRequest(null, null, Status.MISSING, 100,
                new InventoryFilter(null, LocalDate.of(2027, 7, 1), null, null, false)));
        assertTrue(withStatus.contracts().stream().allMatch(match -> match.file().endsWith(HOSTING)
                && match.status() == Status.MISSING), withStatus.contracts().toString());
    }

    @Test
    void anExpiryRangeThatHoldsNoDateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InventoryFilter(null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 1), null, false));
    }
}
