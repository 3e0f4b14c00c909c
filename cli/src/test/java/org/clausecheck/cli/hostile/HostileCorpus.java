package org.clausecheck.cli.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes the reliability corpus of issue 6 into a folder: every kind of broken or hostile input an audit
 * meets, beside twenty good contracts. Everything is generated or copied from the repository's fixtures,
 * so the repository never holds the large files. Run as a main to build the corpus for
 * {@code scripts/hostile-audit.sh}: {@code HostileCorpus DIR}.
 */
public final class HostileCorpus {

    /** What the audit must make of an input. */
    public enum Outcome {
        /** Read and analysed: a matrix row. */
        ANALYSED,
        /** A failure row whose reason contains {@link Input#reason()}. */
        FAILED,
        /** Not a file the audit reads (a link), counted among the skipped files with its reason. */
        SKIPPED
    }

    /**
     * One input of the corpus.
     *
     * @param file    path below the corpus folder
     * @param what    the description of the input
     * @param outcome what the audit must make of it
     * @param reason  a fragment of the failure or skip reason, or of the warning of an analysed file ("": none)
     */
    public record Input(String file, String what, Outcome outcome, String reason) {
    }

    /** Text that must come out inert in every report; it is in the evidence of the formula contract. */
    public static final List<String> HOSTILE_TEXT = List.of("<script>alert('clausecheck')</script>",
            "=HYPERLINK(\"http://attacker.example/x\",\"Open\")", "+cmd|' /C calc'!A0", "@SUM(1+1)");
    /** The content of the local file the XXE documents point at; it must appear in no output. */
    public static final String SECRET = "local-secret-read-through-xxe";
    public static final String SECRET_FILE = "secret.txt";

    static final Path SAMPLES = Path.of("..", "samples");
    static final Path FIXTURES = Path.of("..", "extractor", "src", "test", "resources", "documents");
    private static final long HUGE_TEXT_BYTES = 200L * 1024 * 1024;
    private static final int LARGE_PAGES = 2_000;
    private static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private final Path folder;
    private final Path outside;
    private final int xxePort;
    private final List<Input> inputs = new ArrayList<>();

    /**
     * @param folder  the audited folder to fill
     * @param outside a folder beside it, for the XXE target file (never audited)
     * @param xxePort a local port the URL entity points at; a listener there must never be called
     */
    public HostileCorpus(Path folder, Path outside, int xxePort) {
        this.folder = folder;
        this.outside = outside;
        this.xxePort = xxePort;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<Input> inputs = new HostileCorpus(folder, folder.resolveSibling(folder.getFileName() + "-outside"), 9)
                .write();
        for (Input input : inputs) {
            System.out.println(input.file() + "\t" + input.outcome() + "\t" + input.what());
        }
    }

    /** Writes every input; returns them with the outcomes the audit must reach. */
    public List<Input> write() throws IOException {
        Files.createDirectories(folder);
        Files.createDirectories(outside);
        writeGoodContracts();
        writeBrokenFiles();
        writePdfs();
        writeHostileDocx();
        writeOddFiles();
        return List.copyOf(inputs);
    }

    private void writeGoodContracts() throws IOException {
        List<Path> samples;
        try (var listing = Files.list(SAMPLES)) {
            samples = listing.filter(Files::isRegularFile).sorted().toList();
        }
        int count = 0;
        for (String copy : List.of("a", "b", "c")) {
            for (Path sample : samples) {
                if (count++ == 20) {
                    return;
                }
                String name = "good/" + copy + "/" + sample.getFileName();
                copy(sample, name);
                add(name, "good contract", Outcome.ANALYSED, "");
            }
        }
    }

    private void writeBrokenFiles() throws IOException {
        Files.createDirectories(folder.resolve("bad"));
        Files.write(folder.resolve("bad/zero-bytes.pdf"), new byte[0]);
        add("bad/zero-bytes.pdf", "a zero-byte file", Outcome.FAILED, "empty (0 bytes)");

        byte[] pdf = Files.readAllBytes(SAMPLES.resolve("vendor-keeps-ip-saas-terms.pdf"));
        Files.write(folder.resolve("bad/truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        add("bad/truncated.pdf", "a truncated PDF", Outcome.FAILED, "truncated");

        Files.write(folder.resolve("bad/broken-xref.pdf"), withBrokenXref(pdf));
        add("bad/broken-xref.pdf", "a PDF with a broken cross-reference table", Outcome.ANALYSED, "");

        copy(FIXTURES.resolve("encrypted.pdf"), "bad/encrypted-user-password.pdf");
        add("bad/encrypted-user-password.pdf", "an encrypted PDF with a user password", Outcome.FAILED,
                "encrypted; pass its password");

        copy(FIXTURES.resolve("scanned.pdf"), "bad/image-only.pdf");
        add("bad/image-only.pdf", "an image-only PDF", Outcome.FAILED, "no text layer");

        copy(FIXTURES.resolve("zip-bomb.docx"), "bad/zip-bomb.docx");
        add("bad/zip-bomb.docx", "a DOCX zip bomb", Outcome.FAILED, "zip bomb");

        copy(FIXTURES.resolve("corrupt.pdf"), "bad/corrupt.pdf");
        add("bad/corrupt.pdf", "a damaged PDF (fixture)", Outcome.FAILED, "PDF");

        copy(FIXTURES.resolve("truncated.docx"), "bad/truncated.docx");
        add("bad/truncated.docx", "a truncated DOCX (fixture)", Outcome.FAILED, "truncated");
    }

    private void writePdfs() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("northwind-ai-development-agreement.txt"));

        AccessPermission nothingAllowed = new AccessPermission();
        nothingAllowed.setCanExtractContent(false);
        nothingAllowed.setCanPrint(false);
        nothingAllowed.setCanModify(false);
        try (PDDocument pdf = textPdf(lines)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", nothingAllowed);
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(folder.resolve("bad/encrypted-owner-password-only.pdf").toFile());
        }
        add("bad/encrypted-owner-password-only.pdf", "an encrypted PDF with only an owner password",
                Outcome.ANALYSED, "owner password only");

        try (PDDocument pdf = textPdf(lines)) {
            addHugeImage(pdf);
            pdf.save(folder.resolve("bad/huge-image.pdf").toFile());
        }
        add("bad/huge-image.pdf", "a PDF with a huge embedded image (20,000 x 20,000 pixels)", Outcome.ANALYSED, "");

        try (PDDocument pdf = textPdf(lines, LARGE_PAGES)) {
            pdf.save(folder.resolve("bad/two-thousand-pages.pdf").toFile());
        }
        add("bad/two-thousand-pages.pdf", "a 2,000-page PDF", Outcome.ANALYSED, "");
    }

    private void writeHostileDocx() throws IOException {
        Path secret = Files.writeString(outside.resolve(SECRET_FILE), SECRET);
        Path docx = FIXTURES.resolve("outsourcing-agreement.docx");
        Files.write(folder.resolve("bad/xxe-local-file.docx"), withEntity(docx, secret.toUri().toString()));
        add("bad/xxe-local-file.docx", "a DOCX whose XML declares an external entity (local file)", Outcome.FAILED,
                "DOCTYPE");
        Files.write(folder.resolve("bad/xxe-url.docx"),
                withEntity(docx, "http://127.0.0.1:" + xxePort + "/entity"));
        add("bad/xxe-url.docx", "a DOCX whose XML declares an external entity (URL)", Outcome.FAILED, "DOCTYPE");

        copy(FIXTURES.resolve("outsourcing-agreement.docm"), "bad/macro-enabled.docm");
        add("bad/macro-enabled.docm", "a macro-enabled DOCM", Outcome.ANALYSED, "macro-enabled");
        copy(docx, "bad/docx-renamed.pdf");
        add("bad/docx-renamed.pdf", "a DOCX renamed .pdf", Outcome.ANALYSED, "named .pdf but the content is DOCX");
        copy(SAMPLES.resolve("vendor-keeps-ip-saas-terms.pdf"), "bad/pdf-renamed.docx");
        add("bad/pdf-renamed.docx", "a PDF renamed .docx", Outcome.ANALYSED, "named .docx but the content is PDF");
    }

    private void writeOddFiles() throws IOException {
        // 200 MB whose first megabyte is contract text and the rest a sparse hole: the size limit must refuse
        // it before it is read, so the hole is never read and never takes disk space.
        Path huge = folder.resolve("bad/two-hundred-megabytes.txt");
        String text = Files.readString(SAMPLES.resolve("northwind-ai-development-agreement.txt"));
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            byte[] chunk = text.getBytes(StandardCharsets.UTF_8);
            while (file.length() < 1024 * 1024) {
                file.write(chunk);
            }
            file.setLength(HUGE_TEXT_BYTES);
        }
        add("bad/two-hundred-megabytes.txt", "a 200 MB text file", Outcome.FAILED, "over the limit");

        byte[] garbage = new byte[64 * 1024];
        new Random(6).nextBytes(garbage);
        Files.write(folder.resolve("bad/binary-garbage.txt"), garbage);
        add("bad/binary-garbage.txt", "binary garbage named .txt", Outcome.FAILED, "binary");

        Path hostile = folder.resolve("bad/formulas-and-script.txt");
        Files.writeString(hostile, hostileContract(text));
        add("bad/formulas-and-script.txt", "contract text with HTML, script and spreadsheet formulas",
                Outcome.ANALYSED, "");

        Files.createDirectories(folder.resolve("bad/loop"));
        Files.createSymbolicLink(folder.resolve("bad/loop/parent"), Path.of(".."));
        add("bad/loop/parent", "a symbolic-link loop inside the audited folder", Outcome.SKIPPED, "symbolic link");

        run("mkfifo", folder.resolve("bad/named-pipe.txt").toString());
        add("bad/named-pipe.txt", "a named pipe named .txt (reading it would block)", Outcome.SKIPPED,
                "not a regular file");

        Path locked = folder.resolve("bad/no-read-permission.txt");
        Files.copy(SAMPLES.resolve("northwind-ai-development-agreement.txt"), locked);
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        // root reads any file whatever its mode: there the file is analysed, and the case cannot be shown.
        add("bad/no-read-permission.txt", "a file without read permission",
                isRoot() ? Outcome.ANALYSED : Outcome.FAILED, isRoot() ? "" : "permission denied");

        writeNonUtf8Names();
    }

    /**
     * Two contracts whose names hold Latin-1 bytes that are not UTF-8 ("contrat-\351t\351.txt" and
     * "contrat-\350t\350.txt"). A Java string cannot name such a file under a UTF-8 locale, so a shell
     * writes them; both decode to the same string with U+FFFD in place of the bad bytes.
     */
    private void writeNonUtf8Names() throws IOException {
        Path source = SAMPLES.resolve("northwind-ai-development-agreement.txt").toAbsolutePath();
        String script = "cd \"$1\" && cp \"$2\" \"$(printf 'contrat-\\351t\\351.txt')\""
                + " && cp \"$2\" \"$(printf 'contrat-\\350t\\350.txt')\"";
        Path names = folder.resolve("bad/latin1-names");
        Files.createDirectories(names);
        run("sh", "-c", script, "sh", names.toAbsolutePath().toString(), source.toString());
        add("bad/latin1-names/contrat-\u00E9t\u00E9.txt", "a file name in Latin-1, not UTF-8", Outcome.ANALYSED, "");
        add("bad/latin1-names/contrat-\u00E8t\u00E8.txt", "another Latin-1 name, equal to the first once decoded",
                Outcome.ANALYSED, "");
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IOException("failed: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * The contract with hostile text in the clauses that become evidence: unnumbered paragraphs that start
     * with a formula (so that the quote cell starts with it) and a script element inside a quoted sentence.
     */
    static String hostileContract(String text) {
        // The script is not the first text: a .txt file starting with "<" is taken for HTML and skipped.
        String title = "AI SOFTWARE DEVELOPMENT AGREEMENT " + HOSTILE_TEXT.get(0);
        String hostileClauses = HOSTILE_TEXT.get(1) + " Vendor hereby irrevocably assigns to Customer all right,"
                + " title and interest in and to the Deliverables, including all intellectual property rights. "
                + HOSTILE_TEXT.get(0) + "\n\n"
                + HOSTILE_TEXT.get(2) + " Vendor shall deliver the source code and documentation of all Deliverables"
                + " to Customer.\n\n"
                + HOSTILE_TEXT.get(3) + " Vendor shall not use Customer Data to train any model.\n\n";
        return title + text.substring(text.indexOf('\n'))
                .replace("3.1 All Deliverables", "3.1 " + HOSTILE_TEXT.get(1) + " All Deliverables")
                .replace("3.2 Vendor grants", hostileClauses + "3.2 Vendor grants");
    }

    /** A letter-size PDF with one line of text per line (long lines wrapped), 48 lines a page. */
    static PDDocument textPdf(List<String> lines) throws IOException {
        return textPdf(lines, 0);
    }

    /** The same with exactly {@code pages} pages (the text repeated as needed), or as many as it fills for 0. */
    static PDDocument textPdf(List<String> lines, int pages) throws IOException {
        PDDocument pdf = new PDDocument();
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(wrap(winAnsi(line), 95));
        }
        int perPage = 48;
        int count = pages > 0 ? pages : (wrapped.size() + perPage - 1) / perPage;
        for (int p = 0; p < count; p++) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(FONT, 10);
                content.setLeading(14);
                content.newLineAtOffset(60, 740);
                for (int i = 0; i < perPage && (pages > 0 || p * perPage + i < wrapped.size()); i++) {
                    content.showText(wrapped.get((p * perPage + i) % wrapped.size()));
                    content.newLine();
                }
                content.endText();
            }
        }
        return pdf;
    }

    /** A 20,000 x 20,000 grey image (400 MB decoded, a few hundred kilobytes deflated) on the first page. */
    private static void addHugeImage(PDDocument pdf) throws IOException {
        int side = 20_000;
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_SPEED))) {
            byte[] row = new byte[side];
            for (int y = 0; y < side; y++) {
                out.write(row);
            }
        }
        PDImageXObject image = new PDImageXObject(pdf, new java.io.ByteArrayInputStream(deflated.toByteArray()),
                COSName.FLATE_DECODE, side, side, 8, PDDeviceGray.INSTANCE);
        PDPage first = pdf.getPage(0);
        try (PDPageContentStream content = new PDPageContentStream(pdf, first,
                PDPageContentStream.AppendMode.APPEND, true)) {
            content.drawImage(image, 500, 20, 60, 60);
        }
    }

    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }

    /** Standard 14 fonts encode WinAnsi only; typographic characters become their ASCII forms. */
    private static String winAnsi(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            switch (c) {
                case '\u2018', '\u2019' -> out.append('\'');
                case '\u201C', '\u201D' -> out.append('"');
                case '\u2013', '\u2014' -> out.append('-');
                default -> out.append(c >= 0x20 && c < 0x7F ? c : ' ');
            }
        }
        return out.toString();
    }

    /** The PDF with its "startxref" offset pointing into the middle of the file. */
    static byte[] withBrokenXref(byte[] pdf) {
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = latin.lastIndexOf("startxref");
        int digits = at + "startxref".length();
        while (!Character.isDigit(latin.charAt(digits))) {
            digits++;
        }
        int end = digits;
        while (Character.isDigit(latin.charAt(end))) {
            end++;
        }
        String wrong = String.valueOf(Long.parseLong(latin.substring(digits, end)) / 2);
        String padded = wrong + " ".repeat(end - digits - wrong.length());
        return (latin.substring(0, digits) + padded + latin.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The DOCX with a DOCTYPE declaring an external entity, used in the document body. */
    static byte[] withEntity(Path docx, String systemId) throws IOException {
        String doctype = "<!DOCTYPE w:document [<!ENTITY ext SYSTEM \"" + systemId + "\">]>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int root = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
                    xml = xml.substring(0, root) + doctype
                            + xml.substring(root).replaceFirst("<w:t>", "<w:t>&ext;");
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private void copy(Path from, String name) throws IOException {
        Path to = folder.resolve(name);
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private void add(String file, String what, Outcome outcome, String reason) throws IOException {
        Files.createDirectories(folder.resolve(file).getParent());
        inputs.add(new Input(file, what, outcome, reason));
    }
}
