package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioScannerTest {

    @TempDir
    Path temp;

    @Test
    void findsContractsByContentAndSkipsEverythingElse() throws IOException {
        Path folder = temp.resolve("portfolio");
        Files.createDirectories(folder.resolve("2024/q1"));
        Files.copy(Portfolios.SAMPLES.resolve("nearshore-team-statement-of-work.docx"),
                folder.resolve("2024/q1/renamed-docx.pdf"));
        Files.copy(Portfolios.SAMPLES.resolve("vendor-keeps-ip-saas-terms.pdf"), folder.resolve("no-extension"));
        Files.copy(Portfolios.SAMPLES.resolve("northwind-ai-development-agreement.txt"), folder.resolve("a.txt"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(folder.resolve("fees.xlsx"))) {
            workbook.createSheet("Fees").createRow(0).createCell(0).setCellValue("fee");
            workbook.write(out);
        }
        Files.write(folder.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10});
        Files.writeString(folder.resolve("report.json"), "{\"documents\": []}");
        Files.createDirectories(folder.resolve(".clausecheck"));
        Files.writeString(folder.resolve(".clausecheck/notes.txt"), "This is the index folder, never audited.");

        Files.createDirectories(folder.resolve("my-index"));
        Files.writeString(folder.resolve("my-index/readme.txt"), "An index put inside the portfolio with --index.");

        ScanResult scan = new PortfolioScanner(folder.resolve("my-index")).scan(List.of(folder, temp.resolve("missing")));

        assertEquals(List.of(folder.resolve("2024/q1/renamed-docx.pdf").toString(), folder.resolve("a.txt").toString(),
                folder.resolve("no-extension").toString()), scan.files().stream().map(PortfolioFile::display).toList());
        assertEquals(Map.of("code or data, not a contract", 1, "not a contract format", 2), scan.skipped());
        assertEquals(List.of(temp.resolve("missing").toString()), scan.missing());
        assertEquals(List.of(PortfolioFile.keyOf(folder)), scan.folderKeys());
    }

    @Test
    void aFileNamedTwiceIsAuditedOnce() throws IOException {
        Path folder = temp.resolve("portfolio");
        Files.createDirectories(folder);
        Path contract = Files.copy(Portfolios.SAMPLES.resolve("vendor-keeps-ip-saas-terms.pdf"), folder.resolve("a.pdf"));
        Files.copy(Portfolios.SAMPLES.resolve("northwind-ai-development-agreement.txt"), folder.resolve("b.txt"));

        ScanResult scan = new PortfolioScanner().scan(List.of(folder, contract, folder.resolve("../portfolio/a.pdf")));

        // Kept under the name that sorts first.
        assertEquals(List.of(folder.resolve("../portfolio/a.pdf").toString(), folder.resolve("b.txt").toString()),
                scan.files().stream().map(PortfolioFile::display).toList());
    }

    @Test
    void aPdfHeaderCountsInTheFirstKilobyteOnly() throws IOException {
        Path folder = temp.resolve("portfolio");
        Files.createDirectories(folder);
        byte[] pdf = Files.readAllBytes(Portfolios.SAMPLES.resolve("vendor-keeps-ip-saas-terms.pdf"));
        byte[] junkFirst = new byte[900 + pdf.length]; // PDF allows junk before its header; readers look 1 KB far
        java.util.Arrays.fill(junkFirst, 0, 900, (byte) ' ');
        System.arraycopy(pdf, 0, junkFirst, 900, pdf.length);
        Files.write(folder.resolve("junk-first"), junkFirst);
        // Data whose text names a PDF header past the first kilobyte is still data.
        Files.writeString(folder.resolve("export"), "[" + " ".repeat(2000) + "\"%PDF-1.7\"]");

        ScanResult scan = new PortfolioScanner().scan(List.of(folder));

        assertEquals(List.of(folder.resolve("junk-first").toString()),
                scan.files().stream().map(PortfolioFile::display).toList());
        assertEquals(Map.of("code or data, not a contract", 1), scan.skipped());
    }
}
