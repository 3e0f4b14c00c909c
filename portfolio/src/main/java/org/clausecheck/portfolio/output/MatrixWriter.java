package org.clausecheck.portfolio.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.portfolio.AuditRow;

/**
 * The terminal matrix: one row per contract, one numbered column per protection in playbook order, a
 * status symbol per cell, then the protections with their counts, the legend and the failures. Colour
 * only when asked (the command asks on a terminal only).
 */
final class MatrixWriter implements AuditWriter {

    private static final int MAX_FILE_WIDTH = 60;
    private static final String RESET = "\u001b[0m";

    private final boolean color;

    MatrixWriter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(AuditOutput audit, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        List<Rule> rules = audit.rules();
        List<AuditRow> rows = audit.result().rows();
        int fileWidth = Math.min(MAX_FILE_WIDTH, Math.max(8, rows.stream().mapToInt(r -> r.file().length())
                .max().orElse(8)));
        StringBuilder header = new StringBuilder(pad("contract", fileWidth));
        for (int i = 0; i < rules.size(); i++) {
            header.append(' ').append(String.format("%2d", i + 1));
        }
        out.println(header.append("  risk"));
        for (AuditRow row : rows) {
            StringBuilder line = new StringBuilder(pad(shorten(row.file(), fileWidth), fileWidth));
            for (int i = 0; i < rules.size(); i++) {
                // "*" before the symbol: an accepted gap, its status unchanged.
                line.append(audit.waiver(row, i).map(w -> w.inForce()).orElse(false) ? " *" : "  ");
                if (row.failed() || i >= row.statuses().size()) {
                    line.append(StatusSymbols.FAILED);
                } else {
                    Status status = row.statuses().get(i);
                    line.append(paint(StatusSymbols.of(status), status));
                }
            }
            line.append("  ").append(row.failed() ? "failed" : row.risk().name());
            if (row.readInPart()) {
                line.append("  read in part: ").append(row.unread());
            }
            out.println(line);
        }
        out.println();
        out.println("Protections (contracts per status):");
        int titleWidth = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(10);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            out.printf("  %2d  %s  %-11s MET %3d  WEAK %3d  CONTRARY %3d  MISSING %3d%n", i + 1,
                    pad(rule.id(), titleWidth), rule.severity().name().toLowerCase(java.util.Locale.ROOT),
                    audit.count(i, Status.MET), audit.count(i, Status.WEAK), audit.count(i, Status.CONTRARY),
                    audit.count(i, Status.MISSING));
        }
        out.println("Legend: " + StatusSymbols.legend());
        writeWaivers(audit, rows, out);
        if (rows.stream().anyMatch(AuditRow::readInPart)) {
            out.println("Read in part: the review of these contracts is incomplete, MISSING means not found in the"
                    + " pages read.");
        }
        List<AuditRow> failures = audit.failures();
        if (!failures.isEmpty()) {
            out.println();
            out.println("Could not be audited:");
            failures.forEach(row -> out.println("  " + row.file() + ": " + row.error()));
        }
        out.println();
        out.printf("%d contracts audited, %d failed, %d other files skipped.%n", audit.documents().size(),
                failures.size(), audit.result().skippedCount());
        out.flush();
    }

    /** Each accepted gap (or expired acceptance) with who accepted it, why and until when. */
    private static void writeWaivers(AuditOutput audit, List<AuditRow> rows, PrintWriter out) {
        List<String> lines = new java.util.ArrayList<>();
        for (AuditRow row : rows) {
            for (int i = 0; i < audit.rules().size(); i++) {
                int rule = i;
                audit.waiver(row, i).ifPresent(waiver -> lines.add("  " + row.file() + ", "
                        + audit.rules().get(rule).id() + ": " + waiver.describe()));
            }
        }
        if (!lines.isEmpty()) {
            out.println("Waivers (* waived: shown, not counted for --fail-on):");
            lines.forEach(out::println);
        }
    }

    private String paint(String symbol, Status status) {
        if (!color) {
            return symbol;
        }
        String code = switch (status) {
            case MET -> "\u001b[32m";
            case WEAK -> "\u001b[33m";
            case CONTRARY -> "\u001b[1;31m";
            case MISSING -> "\u001b[31m";
        };
        return code + symbol + RESET;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** Long paths keep their end, where the file name is. */
    private static String shorten(String file, int width) {
        return file.length() <= width ? file : "..." + file.substring(file.length() - (width - 3));
    }
}
