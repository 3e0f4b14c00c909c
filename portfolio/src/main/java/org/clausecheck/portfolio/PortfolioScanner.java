package org.clausecheck.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clausecheck.extract.DocumentCorruptException;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.FormatDetector;
import org.clausecheck.extract.UnsupportedFormatException;

/**
 * Finds the contracts under the inputs by content, not by extension: each file's first bytes go through
 * the extractor's {@link FormatDetector}. Images, spreadsheets and other binaries are counted and
 * skipped without reading them whole.
 */
public final class PortfolioScanner {

    /** Enough for every magic number and for the first entries of a ZIP, which tell DOCX from XLSX. */
    static final int PREFIX_BYTES = 64 * 1024;
    /**
     * What is read first: FormatDetector finds a PDF's header in the first kilobyte, before any other test, so a
     * PDF needs no more (a re-audit of 270 PDFs read 17 MB of prefixes otherwise).
     */
    static final int PDF_PREFIX_BYTES = 1024;
    /** The index folder lives beside audited folders and must never be audited itself. */
    static final String INDEX_FOLDER_NAME = ".clausecheck";
    /** Links are not followed: they can loop or lead out of the audited folder. Counted, so none is silent. */
    static final String SYMBOLIC_LINK = "symbolic link (not followed)";
    /** A file named as a document is one the user means as a contract: if unreadable, it must be a row. */
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "docx", "docm", "doc", "txt", "md",
            "markdown");
    private static final Set<String> CODE_OR_DATA_EXTENSIONS = Set.of("csv", "tsv", "json", "jsonl", "xml", "yaml",
            "yml", "sh", "bat", "ps1", "py", "java", "js", "ts", "c", "h", "cpp", "go", "rs", "sql", "log", "ini",
            "toml", "properties", "css", "html", "htm", "svg");

    private final Path indexFolder;

    /** A scanner that never enters folders named {@code .clausecheck}. */
    public PortfolioScanner() {
        this(null);
    }

    /** A scanner that also never enters {@code indexFolder}, wherever the user put the index. */
    public PortfolioScanner(Path indexFolder) {
        this.indexFolder = indexFolder == null ? null : indexFolder.toAbsolutePath().normalize();
    }

    public ScanResult scan(List<Path> inputs) {
        List<PortfolioFile> files = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                folders.add(PortfolioFile.keyOf(input));
                for (Path file : filesUnder(input, skipped)) {
                    classify(PortfolioFile.of(file, PortfolioFile.nameOf(file)), files, skipped);
                }
            } else if (Files.isRegularFile(input)) {
                classify(PortfolioFile.of(input, PortfolioFile.nameOf(input)), files, skipped);
            } else {
                missing.add(input.toString());
            }
        }
        files.sort(Comparator.comparing(PortfolioFile::display));
        // A file named twice (a folder and a file in it) is audited once, under its first name.
        Set<String> keys = new HashSet<>();
        List<PortfolioFile> unique = new ArrayList<>();
        for (PortfolioFile file : files) {
            if (keys.add(file.key())) {
                unique.add(file);
            }
        }
        return new ScanResult(unique, skipped, missing, folders);
    }

    /**
     * Regular files under the folder, sorted. Symbolic links are not followed (no cycles); the index folder
     * is never entered; a sub-folder that cannot be listed is counted as skipped, and the walk goes on.
     */
    private List<Path> filesUnder(Path folder, Map<String, Integer> skipped) {
        List<Path> files = new ArrayList<>();
        try {
            // A folder named through a link is the folder the user means: the walk starts at its target (it
            // would otherwise see the link itself and find nothing), and files keep the name given.
            Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    Path name = dir.getFileName();
                    boolean index = name != null && name.toString().equals(INDEX_FOLDER_NAME) && !dir.equals(start)
                            || indexFolder != null && dir.toAbsolutePath().normalize().equals(indexFolder);
                    return index ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(start == folder ? file : folder.resolve(start.relativize(file)));
                    } else if (attributes.isSymbolicLink()) {
                        skipped.merge(SYMBOLIC_LINK, 1, Integer::sum);
                    } else if (!attributes.isDirectory()) {
                        skipped.merge("not a regular file (a pipe, socket or device)", 1, Integer::sum);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.merge("cannot be listed or read", 1, Integer::sum);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    /**
     * Plain text is the one format whose content alone does not say "document": a folder of contracts
     * often holds CSV exports, JSON reports and scripts. Those are recognised by their first characters
     * or by a code or data extension.
     */
    static boolean isCodeOrData(Path file, byte[] prefix) {
        String start = new String(prefix, 0, Math.min(prefix.length, 64), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading(); // a UTF-8 byte order mark
        if (start.startsWith("{") || start.startsWith("[") || start.startsWith("#!") || start.startsWith("<")) {
            return true;
        }
        return hasExtension(file, CODE_OR_DATA_EXTENSIONS);
    }

    private static boolean hasExtension(Path file, Set<String> extensions) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && extensions.contains(name.substring(dot + 1));
    }

    private static void classify(PortfolioFile file, List<PortfolioFile> files, Map<String, Integer> skipped) {
        String reason = skipReason(file.path());
        if (reason == null) {
            files.add(file);
        } else {
            skipped.merge(reason, 1, Integer::sum);
        }
    }

    private static boolean isPdf(Path file, byte[] head) {
        try {
            return head.length > 0 && FormatDetector.detect(file, head) == DocumentFormat.PDF;
        } catch (ExtractionException e) {
            return false; // not a PDF: the longer prefix decides what it is
        }
    }

    /**
     * Null when the file may be a contract. Empty and damaged files are candidates: they fail with their
     * reason as a row, because a contract that cannot be read is something the user must know about.
     */
    static String skipReason(Path file) {
        byte[] prefix;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(PDF_PREFIX_BYTES);
            if (isPdf(file, head)) {
                return null;
            }
            byte[] rest = in.readNBytes(PREFIX_BYTES - head.length);
            prefix = Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, prefix, head.length, rest.length);
        } catch (IOException e) {
            return null; // unreadable: let the audit report it as a failure row
        }
        try {
            DocumentFormat format = FormatDetector.detect(file, prefix);
            if ((format == DocumentFormat.TXT || format == DocumentFormat.MARKDOWN) && isCodeOrData(file, prefix)) {
                return "code or data, not a contract";
            }
            return null;
        } catch (UnsupportedFormatException e) {
            // Binary garbage named .txt or an image named .pdf: a failure row with the reason, not a count.
            return hasExtension(file, DOCUMENT_EXTENSIONS) ? null : "not a contract format";
        } catch (DocumentCorruptException e) {
            return null; // a truncated prefix of a large ZIP or OLE2 file; the full read decides
        } catch (ExtractionException e) {
            return null;
        }
    }
}
