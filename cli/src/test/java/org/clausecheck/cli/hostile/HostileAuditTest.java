package org.clausecheck.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausecheck.cli.ClauseCheck;
import org.clausecheck.cli.hostile.HostileCorpus.Input;
import org.clausecheck.cli.hostile.HostileCorpus.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: {@code audit} over the reliability corpus (every kind of broken and hostile input beside twenty
 * good contracts) analyses every good contract, lists every bad file with a one-line reason, resolves no
 * external entity, opens no connection, leaves no temporary file, and writes reports in which contract
 * text cannot run. The whole audit takes a few seconds: the 200 MB file is refused by its size before it is
 * read, and the 2,000-page PDF is read in about three.
 */
class HostileAuditTest {

    private static final String TIMEOUT_SECONDS = "60";

    @TempDir
    static Path temp;
    static ServerSocket listener;
    static List<Input> inputs;
    static Path corpus;
    static Path index;
    static Run csvRun;
    static Map<String, String> errorsByFile;
    static Set<String> analysedFiles;
    static Set<String> temporaryBefore;
    static Path privateTemporary;
    static String sharedTemporary;

    /** One in-process run, with its exit code, what it printed and how long it took. */
    record Run(int exitCode, String out, String err, long millis) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long started = System.nanoTime();
            int code = ClauseCheck.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    @BeforeAll
    static void auditTheCorpus() throws IOException {
        // Other builds on this machine share the temporary folder: the runs here get one of their own, which
        // POI and PDFBox read when they make a file. The JDK caches the folder, so clausecheck's own
        // temporary folders are still looked for in the shared one, by their names.
        privateTemporary = Files.createDirectories(temp.resolve("tmp"));
        sharedTemporary = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", privateTemporary.toString());
        temporaryBefore = temporaryFiles();
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        corpus = temp.resolve("corpus");
        index = temp.resolve("index");
        inputs = new HostileCorpus(corpus, temp.resolve("outside"), listener.getLocalPort())
                .write();
        csvRun = Run.of("audit", corpus.toString(), "--index", index.toString(), "-j", "2", "--timeout",
                TIMEOUT_SECONDS, "--no-progress", "--format", "csv", "-o", temp.resolve("audit.csv").toString());
        System.out.println("HostileAuditTest: audit of " + inputs.size() + " inputs in " + csvRun.millis() + " ms");
        System.out.println(csvRun.err());
        errorsByFile = new HashMap<>();
        analysedFiles = new TreeSet<>();
        List<List<String>> records = Csv.parse(Files.readString(temp.resolve("audit.csv")));
        int error = records.get(0).indexOf("error");
        for (List<String> record : records.subList(1, records.size())) {
            String file = corpus.relativize(Path.of(record.get(0))).toString();
            if (record.get(error).isEmpty()) {
                analysedFiles.add(file);
            } else {
                errorsByFile.put(file, record.get(error));
            }
        }
    }

    @AfterAll
    static void closeListener() throws IOException {
        System.setProperty("java.io.tmpdir", sharedTemporary);
        listener.close();
    }

    @Test
    void auditFinishesWithFilesNotReadAsDocumented() {
        // 1: files that could not be read come before the gaps of the good contracts, as in check.
        assertEquals(1, csvRun.exitCode(), csvRun.err());
        assertFalse(csvRun.err().contains("Exception"), csvRun.err());
    }

    @Test
    void everyGoodContractIsAnalysed() {
        for (Input input : inputs) {
            if (input.outcome() == Outcome.ANALYSED && !input.file().startsWith("bad/latin1-names/")) {
                assertTrue(analysedFiles.contains(input.file()), input.file() + " was not analysed: "
                        + errorsByFile.get(input.file()));
            }
        }
        assertTrue(analysedFiles.stream().filter(file -> file.startsWith("good/")).count() >= 20, analysedFiles::toString);
    }

    @Test
    void everyBadFileIsOneRowWithItsReasonOnOneLine() {
        for (Input input : inputs) {
            if (input.outcome() == Outcome.FAILED) {
                String error = errorsByFile.get(input.file());
                assertTrue(error != null, input.file() + " has no failure row; rows: " + errorsByFile.keySet());
                assertTrue(error.toLowerCase(Locale.ROOT).contains(input.reason().toLowerCase(Locale.ROOT)),
                        input.file() + ": '" + error + "' does not say '" + input.reason() + "'");
                assertFalse(error.contains("\n") || error.contains("\r"), error);
                assertFalse(error.contains("timed out"), input.file() + " " + error);
            }
        }
    }

    @Test
    void readableButOddFilesAreAnalysedWithAOneLineWarningNamingThem() {
        for (Input input : inputs) {
            if (input.outcome() == Outcome.ANALYSED && !input.reason().isEmpty()) {
                String line = corpus.resolve(input.file()) + ": warning: ";
                assertTrue(csvRun.err().lines().anyMatch(l -> l.startsWith(line) && l.contains(input.reason())),
                        input.file() + " has no warning '" + input.reason() + "' in:\n" + csvRun.err());
            }
        }
    }

    @Test
    void linksAndPipesAreNotReadAndSaySo() {
        for (Input input : inputs) {
            if (input.outcome() == Outcome.SKIPPED) {
                assertTrue(csvRun.err().lines().anyMatch(line -> line.startsWith("audit: skipped ")
                        && line.contains(input.reason())), input.file() + ": no skip reason in " + csvRun.err());
                assertFalse(errorsByFile.containsKey(input.file()) || analysedFiles.contains(input.file()));
            }
        }
        assertTrue(analysedFiles.stream().noneMatch(file -> file.contains("loop/parent")), analysedFiles::toString);
    }

    @Test
    void bothFilesWithLatin1NamesAreAnalysed() {
        long latin1 = analysedFiles.stream().filter(file -> file.startsWith("bad/latin1-names/")).count();
        assertEquals(2, latin1, analysedFiles::toString);
    }

    @Test
    void noExternalEntityIsResolvedAndNoConnectionIsAttempted() throws IOException {
        listener.setSoTimeout(200);
        assertThrows(SocketTimeoutException.class, listener::accept, "a connection was attempted");
        assertFalse(Files.readString(temp.resolve("audit.csv")).contains(HostileCorpus.SECRET));
        assertFalse(csvRun.err().contains(HostileCorpus.SECRET));
    }

    @Test
    void xlsxCellsAreStringsAndFormulaTextIsQuotePrefixed() throws IOException {
        Path xlsx = temp.resolve("audit.xlsx");
        Run run = Run.of("audit", corpus.toString(), "--index", index.toString(), "--no-progress", "--format", "xlsx",
                "-o", xlsx.toString());
        assertEquals(1, run.exitCode(), run.err());
        Set<String> found = new TreeSet<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + " " + cell);
                        if (cell.getCellType() == CellType.STRING) {
                            String value = cell.getStringCellValue();
                            assertFalse(value.contains(HostileCorpus.SECRET));
                            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                                assertTrue(cell.getCellStyle().getQuotePrefixed(), "not quote-prefixed: " + value);
                            }
                            HostileCorpus.HOSTILE_TEXT.stream().filter(value::contains).forEach(found::add);
                        }
                    }
                }
            }
        }
        assertTrue(found.contains(HostileCorpus.HOSTILE_TEXT.get(1)), "the formula text reached no cell: " + found);
    }

    @Test
    void htmlHasNoScriptElement() throws IOException {
        Path html = temp.resolve("audit.html");
        Run run = Run.of("audit", corpus.toString(), "--index", index.toString(), "--no-progress", "--format", "html",
                "-o", html.toString());
        assertEquals(1, run.exitCode(), run.err());
        String page = Files.readString(html);
        assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "a script element in the audit HTML");
        assertFalse(page.contains(HostileCorpus.SECRET));
    }

    @Test
    void checkReportsOfTheHostileContractAreInert() throws IOException {
        Path contract = corpus.resolve("bad/formulas-and-script.txt");
        Path csv = temp.resolve("check.csv");
        Path html = temp.resolve("check.html");
        Run.of("check", contract.toString(), "--format", "csv", "-o", csv.toString(), "--fail-on", "never");
        Run.of("check", contract.toString(), "--format", "html", "-o", html.toString(), "--fail-on", "never");
        String page = Files.readString(html);
        assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "a script element in the check HTML");
        assertTrue(page.contains("&lt;script&gt;"), "the script text should be shown, escaped");
        List<List<String>> records = Csv.parse(Files.readString(csv));
        List<String> cells = records.stream().flatMap(List::stream).toList();
        for (String cell : cells) {
            assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.stripLeading().charAt(0)) >= 0,
                    "a CSV cell a spreadsheet would run: " + cell);
        }
        assertTrue(cells.stream().anyMatch(cell -> cell.startsWith("'+cmd|")), "the command should be in the CSV,"
                + " neutralised: " + cells);
        assertTrue(cells.stream().anyMatch(cell -> cell.startsWith("'@SUM(")), "the formula should be in the CSV,"
                + " neutralised: " + cells);
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        Set<String> left = new TreeSet<>(temporaryFiles());
        left.removeAll(temporaryBefore);
        assertEquals(Set.of(), left, "clausecheck's temporary folders left in " + sharedTemporary);
        try (Stream<Path> entries = Files.list(privateTemporary)) {
            assertEquals(List.of(), entries.toList(), "temporary files left by POI or PDFBox");
        }
    }

    /** clausecheck's own temporary folders in the shared temporary folder. */
    static Set<String> temporaryFiles() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(sharedTemporary))) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("clausecheck-xlsx-"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** A small RFC 4180 reader for the outputs. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    record.add(field.toString().replace("\r", ""));
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            return records;
        }
    }
}
