package org.clausecheck.portfolio.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The audit's output formats, by the name users pass to {@code --format}. */
public enum AuditFormat {
    MATRIX,
    CSV,
    XLSX,
    JSONL,
    HTML;

    /** U+FEFF, which UTF-8 writes as EF BB BF: how Excel tells a UTF-8 CSV from one in the local code page. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Binary formats are written to a file only. */
    public boolean binary() {
        return this == XLSX;
    }

    /** Writes a text format; colour applies to the terminal matrix only. */
    public void write(AuditOutput audit, Writer out, boolean color) throws IOException {
        textWriter(color).write(audit, out);
        out.flush();
    }

    /** Writes any format to a file, without colour. */
    public void write(AuditOutput audit, Path file) throws IOException {
        write(audit, file, false);
    }

    /** Writes any format to a file, without colour; a text format after a byte-order mark if asked (for Excel). */
    public void write(AuditOutput audit, Path file, boolean byteOrderMark) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            if (binary()) {
                new XlsxAuditWriter().write(audit, stream);
                return;
            }
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            if (byteOrderMark) {
                out.write(BYTE_ORDER_MARK);
            }
            write(audit, out, false);
        }
    }

    private AuditWriter textWriter(boolean color) {
        return switch (this) {
            case MATRIX -> new MatrixWriter(color);
            case CSV -> new CsvAuditWriter();
            case JSONL -> new JsonLinesAuditWriter();
            case HTML -> new HtmlAuditWriter();
            case XLSX -> throw new IllegalStateException("xlsx is binary: write it to a file with -o");
        };
    }

    public static AuditFormat byName(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; choose one of " + names());
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
