package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --excel} (check and audit): a CSV that Excel opens with its curly quotes and accents intact starts with
 * the UTF-8 byte-order mark; without the option the CSV is plain UTF-8, as scripts expect.
 */
class ExcelCsvOptionTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    static Path folder;
    static Path contracts;
    static Path contract;

    @BeforeAll
    static void writeContract() throws IOException {
        contracts = Files.createDirectories(folder.resolve("contrats"));
        contract = Files.writeString(contracts.resolve("société-générale.txt"), "This Development Agreement is made"
                + " between Société Générale Ingénierie SA (\u201CClient\u201D) and Beta Labs LLC (\u201CSupplier\u201D)."
                + " Supplier shall perform the Services and Client shall pay the fees.\n\n"
                + "1. Ownership. Supplier shall retain all right, title and interest in the \u201Cdeliverables\u201D"
                + " and all intellectual property rights therein. Client receives a non-exclusive licence.\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void checkCsvForExcelStartsWithTheByteOrderMarkAndKeepsCurlyQuotesAndAccents() throws IOException {
        Path excel = folder.resolve("excel.csv");
        CommandRun run = CommandRun.of("check", contract.toString(), "--format", "csv", "--excel", "-o", excel.toString());
        assertEquals(ExitCode.GAPS_FOUND.code(), run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(excel);
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), "a UTF-8 byte-order mark first");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("file,"), "then the header");
        assertTrue(text.contains("société-générale.txt"), text);
        assertTrue(text.contains("\u201Cdeliverables\u201D"), text);

        Path plain = folder.resolve("plain.csv");
        CommandRun.of("check", contract.toString(), "--format", "csv", "-o", plain.toString());
        assertTrue(Files.readString(plain).startsWith("file,"), "no mark without --excel");

        CommandRun toStandardOut = CommandRun.of("check", contract.toString(), "--format", "csv", "--excel");
        assertTrue(toStandardOut.out().startsWith("\uFEFFfile,"), "the mark also on standard output");
    }

    @Test
    void auditCsvForExcelStartsWithTheByteOrderMark() throws IOException {
        Path excel = folder.resolve("audit.csv");
        CommandRun run = CommandRun.of("audit", contracts.toString(), "--index", folder.resolve("index").toString(),
                "--format", "csv", "--excel", "-o", excel.toString(), "--no-progress");
        assertEquals(ExitCode.GAPS_FOUND.code(), run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(excel);
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), "a UTF-8 byte-order mark first");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("file,sha256,"), text);
        assertTrue(text.contains("société-générale.txt"), text);

        CommandRun plain = CommandRun.of("audit", contracts.toString(), "--index", folder.resolve("index").toString(),
                "--format", "csv", "--no-progress");
        assertTrue(plain.out().startsWith("file,sha256,"), "no mark without --excel");
        assertFalse(plain.out().contains("\uFEFF"));
    }

    @Test
    void excelWithAnotherFormatIsAUsageError() {
        CommandRun check = CommandRun.of("check", contract.toString(), "--format", "json", "--excel");
        assertEquals(ExitCode.USAGE.code(), check.exitCode());
        assertTrue(check.err().contains("--excel applies to --format csv only"), check.err());
        CommandRun audit = CommandRun.of("audit", contracts.toString(), "--index", folder.resolve("index2").toString(),
                "--format", "html", "--excel");
        assertEquals(ExitCode.USAGE.code(), audit.exitCode());
        assertTrue(audit.err().contains("--excel applies to --format csv only"), audit.err());
    }
}
