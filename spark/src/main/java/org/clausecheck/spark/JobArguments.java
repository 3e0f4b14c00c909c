package org.clausecheck.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausecheck.extract.OcrMode;

/**
 * The job's command line: {@code --input PATH --output PATH [--playbook FILE] [--since TABLE] [--matrix]
 * [--no-inventory] [--ocr auto|always|never]}. Paths are Hadoop paths (local, HDFS, S3 through the cluster's connector); the playbook is read on
 * the driver.
 *
 * @param input       folder (or glob) of contracts, read recursively
 * @param output      folder that receives the tables {@code contracts}, {@code findings} and, with --matrix,
 *                    {@code matrix}
 * @param playbook    playbook YAML on the driver's file system, empty for the built-in one
 * @param since       a {@code contracts} table of an earlier run: files whose SHA-256 it holds are skipped, and the new
 *                    rows are appended to the output's tables
 * @param matrix      also write the audit matrix (file, format, pages, risk, one status column per rule) as CSV
 * @param inventory   read the clause inventory and key terms (the audit's default)
 * @param ocr         which PDF pages Tesseract reads, as {@code audit --ocr}: {@code never} where executors have no
 *                    Tesseract
 */
public record JobArguments(String input, String output, Optional<String> playbook, Optional<String> since,
                           boolean matrix, boolean inventory, OcrMode ocr) {

    public static final String USAGE = "usage: AuditJob --input PATH --output PATH [--playbook FILE] [--since TABLE]"
            + " [--matrix] [--no-inventory] [--ocr auto|always|never]";

    /** The arguments, or an {@link IllegalArgumentException} whose message is one line for the user. */
    public static JobArguments parse(String... args) {
        String input = null;
        String output = null;
        String playbook = null;
        String since = null;
        boolean matrix = false;
        boolean inventory = true;
        OcrMode ocr = OcrMode.AUTO;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--input" -> input = value(option, rest);
                case "--output" -> output = value(option, rest);
                case "--playbook" -> playbook = value(option, rest);
                case "--since" -> since = value(option, rest);
                case "--matrix" -> matrix = true;
                case "--no-inventory" -> inventory = false;
                case "--ocr" -> ocr = ocrMode(value(option, rest));
                default -> throw new IllegalArgumentException("unknown argument '" + option + "'; " + USAGE);
            }
        }
        if (input == null || output == null) {
            throw new IllegalArgumentException((input == null ? "--input" : "--output") + " is required; " + USAGE);
        }
        return new JobArguments(input, output, Optional.ofNullable(playbook), Optional.ofNullable(since), matrix,
                inventory, ocr);
    }

    private static OcrMode ocrMode(String value) {
        try {
            return OcrMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--ocr takes auto, always or never, not '" + value + "'; " + USAGE);
        }
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return rest.remove(0);
    }
}
