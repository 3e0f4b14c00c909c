package org.clausecheck.portfolio.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.analyze.report.FormulaGuard;

/**
 * CSV per RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break): one row per file,
 * one column per protection with its status, the error for files that failed, then the clause inventory's columns
 * when it was read ({@link InventoryTable}; dates as ISO {@code yyyy-mm-dd}). Cells that a
 * spreadsheet would run as formulas are neutralised.
 */
final class CsvAuditWriter implements AuditWriter {

    @Override
    public void write(AuditOutput audit, Writer writer) throws IOException {
        Writer out = writer;
        List<String> header = new ArrayList<>(List.of("file", "sha256", "format", "pages", "risk"));
        audit.rules().stream().map(Rule::id).forEach(header::add);
        header.add("error");
        header.add("incomplete");
        header.add("waivers");
        if (audit.inventory()) {
            header.addAll(InventoryTable.csvHeader());
        }
        writeRecord(out, header);
        for (AuditRow row : audit.result().rows()) {
            List<String> record = new ArrayList<>(List.of(row.file(), row.sha256(), row.format(),
                    row.failed() ? "" : String.valueOf(row.pages()), row.failed() ? "" : row.risk().name()));
            for (int i = 0; i < audit.rules().size(); i++) {
                record.add(row.failed() || i >= row.statuses().size() ? "" : row.statuses().get(i).name());
            }
            record.add(row.failed() ? row.error() : "");
            // Read in part: which pages could not be read; the statuses are those of the pages read.
            record.add(row.unread());
            record.add(audit.waiverNotes(row));
            if (audit.inventory()) {
                record.addAll(InventoryTable.values(row.inventory()));
            }
            writeRecord(out, record);
        }
        out.flush();
    }

    static void writeRecord(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String raw) {
        String value = FormulaGuard.neutralise(raw == null ? "" : raw);
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
