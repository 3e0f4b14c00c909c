package org.clausecheck.analyze.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
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
    /** The index folder lives beside audited folders and must never be audited itself. */
    static final String INDEX_FOLDER_NAME = ".clausecheck";
    private static final Set<String> CODE_OR_DATA_EXTENSIONS = Set.of("csv", "tsv", "json", "jsonl", "xml", "yaml",
            "yml", "sh", "bat", "ps1", "py", "java", "js", "ts", "c", "h", "cpp", "go", "rs", "sql", "log", "ini",
            "toml", "properties", "css", "html", "htm", "svg");

    public ScanResult scan(List<Path> inputs) {
        List<PortfolioFile> files = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                folders.add(PortfolioFile.keyOf(input));
                for (Path file : filesUnder(input)) {
                    String display = input.resolve(input.relativize(file)).toString();
                    classify(PortfolioFile.of(file, display), files, skipped);
                }
            } else if (Files.isRegularFile(input)) {
                classify(PortfolioFile.of(input, input.toString()), files, skipped);
            } else {
                missing.add(input.toString());
            }
        }
        files.sort(Comparator.comparing(PortfolioFile::display));
        List<PortfolioFile> unique = new ArrayList<>();
        for (PortfolioFile file : files) {
            if (unique.stream().noneMatch(seen -> seen.key().equals(file.key()))) {
                unique.add(file);
            }
        }
        return new ScanResult(unique, skipped, missing, folders);
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !isInsideIndexFolder(folder, path))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isInsideIndexFolder(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().equals(INDEX_FOLDER_NAME)) {
                return true;
            }
        }
        return false;
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
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && CODE_OR_DATA_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static void classify(PortfolioFile file, List<PortfolioFile> files, Map<String, Integer> skipped) {
        String reason = skipReason(file.path());
        if (reason == null) {
            files.add(file);
        } else {
            skipped.merge(reason, 1, Integer::sum);
        }
    }

    /**
     * Null when the file may be a contract. Empty and damaged files are candidates: they fail with their
     * reason as a row, because a contract that cannot be read is something the user must know about.
     */
    static String skipReason(Path file) {
        byte[] prefix;
        try (InputStream in = Files.newInputStream(file)) {
            prefix = in.readNBytes(PREFIX_BYTES);
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
            return "not a contract format";
        } catch (DocumentCorruptException e) {
            return null; // a truncated prefix of a large ZIP or OLE2 file; the full read decides
        } catch (ExtractionException e) {
            return null;
        }
    }
}
