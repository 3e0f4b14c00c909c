package org.clausecheck.portfolio.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.portfolio.AuditRow;
import org.clausecheck.portfolio.InventoryColumns;
import org.clausecheck.portfolio.StoredDocument;
import org.clausecheck.portfolio.StoredEvidence;
import org.clausecheck.portfolio.StoredFinding;
import org.clausecheck.analyze.report.FormulaGuard;

/**
 * The workbook for legal operations, written with POI's streaming SXSSF so that rows go to disk as they
 * are written: a summary sheet (one row per contract, one column per protection, cells coloured by status,
 * frozen header and file column, auto-filter; then, when the audit read it, the clause inventory's columns: key terms
 * with dates as date cells and one yes/no column per CUAD category), a findings sheet (one row per piece of evidence, with quote,
 * page and section) and an errors sheet. Headers wrap (the protections' titles are long, their columns narrow),
 * and each row's file name is a hyperlink that opens the contract. Every value is a string or number cell, never a formula; text
 * that looks like a formula is also marked quote-prefixed, so that editing the cell keeps it text.
 */
final class XlsxAuditWriter {

    /** Excel's limit on the characters of one cell. */
    private static final int MAX_CELL_CHARS = 32_767;

    /** The summary's header holds the protections' titles in 14-character columns: up to four lines. */
    private static final int SUMMARY_HEADER_LINES = 4;

    /**
     * SXSSF spills rows to temporary files. POI deletes the files but keeps the folder it makes for them
     * ({@code poifiles} in the temporary folder), so they go to a folder of this run, removed afterwards.
     */
    void write(AuditOutput audit, OutputStream out) throws IOException {
        Path scratch = Files.createTempDirectory("clausecheck-xlsx-");
        try {
            TempFile.withStrategy(new DefaultTempFileCreationStrategy(scratch.toFile()), () -> {
                try {
                    writeWorkbook(audit, out);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void writeWorkbook(AuditOutput audit, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Styles styles = new Styles(workbook);
            writeSummary(audit, workbook.createSheet("Summary"), styles);
            writeFindings(audit, workbook.createSheet("Findings"), styles);
            writeErrors(audit, workbook.createSheet("Errors"), styles);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void writeSummary(AuditOutput audit, SXSSFSheet sheet, Styles styles) {
        List<String> header = new ArrayList<>(List.of("Contract", "Format", "Pages", "Risk"));
        audit.rules().stream().map(Rule::title).forEach(header::add);
        header.add("Error");
        header.add("Read in part");
        header.add("Waivers");
        int inventoryColumn = header.size();
        if (audit.inventory()) {
            Arrays.stream(InventoryTable.Term.values()).map(term -> term.title).forEach(header::add);
            header.addAll(InventoryTable.categories());
        }
        header(sheet, header, styles, SUMMARY_HEADER_LINES);
        int r = 1;
        for (AuditRow row : audit.result().rows()) {
            Row line = sheet.createRow(r++);
            fileLink(line, row, styles);
            text(line, 1, row.format(), styles);
            if (!row.failed()) {
                line.createCell(2).setCellValue(row.pages());
                text(line, 3, row.risk().name(), styles);
                for (int i = 0; i < audit.rules().size() && i < row.statuses().size(); i++) {
                    Status status = row.statuses().get(i);
                    Cell cell = line.createCell(4 + i);
                    cell.setCellValue(status.name());
                    cell.setCellStyle(styles.status.get(status));
                }
            } else {
                text(line, 4 + audit.rules().size(), row.error(), styles);
            }
            if (row.readInPart()) {
                text(line, 5 + audit.rules().size(), row.unread(), styles);
            }
            String waivers = audit.waiverNotes(row);
            if (!waivers.isEmpty()) {
                text(line, 6 + audit.rules().size(), waivers, styles);
            }
            if (audit.inventory() && row.inventory() != null) {
                inventory(line, inventoryColumn, row.inventory(), styles);
            }
        }
        sheet.setColumnWidth(0, 60 * 256);
        for (int i = 1; i < header.size(); i++) {
            sheet.setColumnWidth(i, 14 * 256);
        }
        if (audit.inventory()) {
            sheet.setColumnWidth(inventoryColumn, 40 * 256); // the parties' names
        }
        finish(sheet, header.size(), r);
    }

    /**
     * The key terms (a date the contract states as a date cell, so that it sorts and filters as a date; a term such
     * as "5 years after the Effective Date" as text) and one yes/no cell per CUAD category.
     */
    private static void inventory(Row line, int first, InventoryColumns columns, Styles styles) {
        int column = first;
        for (InventoryTable.Term term : InventoryTable.Term.values()) {
            String value = term.value(columns);
            Optional<LocalDate> date = term.date ? InventoryColumns.date(value) : Optional.empty();
            if (date.isPresent()) {
                Cell cell = line.createCell(column);
                cell.setCellValue(date.get());
                cell.setCellStyle(styles.date);
            } else {
                text(line, column, value, styles);
            }
            column++;
        }
        for (String category : InventoryTable.categories()) {
            text(line, column++, columns.categories().contains(category) ? InventoryTable.YES : InventoryTable.NO,
                    styles);
        }
    }

    private static void writeFindings(AuditOutput audit, SXSSFSheet sheet, Styles styles) throws IOException {
        List<String> header = List.of("Contract", "Protection", "Severity", "Status", "Evidence kind", "Quote", "Page",
                "Section", "Language to request");
        header(sheet, header, styles, 2);
        int r = 1;
        for (AuditRow row : audit.documents()) {
            Optional<StoredDocument> details = audit.details(row);
            if (details.isEmpty()) {
                continue;
            }
            for (Rule rule : audit.rules()) {
                StoredFinding finding = details.get().findings().get(rule.id());
                if (finding == null) {
                    continue;
                }
                List<StoredEvidence> evidence = finding.evidence().isEmpty()
                        ? java.util.Collections.singletonList(null) : finding.evidence();
                for (StoredEvidence piece : evidence) {
                    Row line = sheet.createRow(r++);
                    fileLink(line, row, styles);
                    text(line, 1, rule.id(), styles);
                    text(line, 2, rule.severity().name(), styles);
                    Cell status = line.createCell(3);
                    status.setCellValue(finding.status().name());
                    status.setCellStyle(styles.status.get(finding.status()));
                    if (piece != null) {
                        text(line, 4, piece.kind(), styles);
                        text(line, 5, piece.quote(), styles);
                        if (piece.page() > 0) {
                            line.createCell(6).setCellValue(piece.page());
                        }
                        text(line, 7, piece.section(), styles);
                    }
                    text(line, 8, finding.recommendation(), styles);
                }
            }
        }
        int[] widths = {50, 22, 12, 11, 13, 90, 6, 9, 60};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        finish(sheet, header.size(), r);
    }

    private static void writeErrors(AuditOutput audit, SXSSFSheet sheet, Styles styles) {
        List<String> header = List.of("File", "Reason");
        header(sheet, header, styles, 1);
        int r = 1;
        for (AuditRow row : audit.failures()) {
            Row line = sheet.createRow(r++);
            fileLink(line, row, styles);
            text(line, 1, row.error(), styles);
        }
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        finish(sheet, header.size(), r);
    }

    /** Wrapped header cells; the row is made tall enough for {@code lines} lines, as Excel does not grow it. */
    private static void header(SXSSFSheet sheet, List<String> names, Styles styles, int lines) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(styles.header);
        }
    }

    /** Frozen header row and first column, and a filter over the whole table. */
    private static void finish(SXSSFSheet sheet, int columns, int rows) {
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    }

    /**
     * The file name in column 0, linked to the file itself (a file: URI of its absolute path), so that a reviewer
     * opens the contract from its row. A key that is no path (a name escaped because it is not valid in the
     * platform's encoding) stays plain text.
     */
    private static void fileLink(Row row, AuditRow audited, Styles styles) {
        text(row, 0, audited.file(), styles);
        String target;
        try {
            target = Path.of(audited.key()).toUri().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return;
        }
        Cell cell = row.getCell(0);
        if (cell == null) {
            return;
        }
        Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
        link.setAddress(target);
        cell.setHyperlink(link);
        cell.setCellStyle(FormulaGuard.looksLikeFormula(audited.file()) ? styles.quotedLink : styles.link);
    }

    /** Always a string cell: POI writes a formula only through setCellFormula, which is never called. */
    private static void text(Row row, int column, String value, Styles styles) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.length() > MAX_CELL_CHARS ? value.substring(0, MAX_CELL_CHARS) : value);
        if (FormulaGuard.looksLikeFormula(value)) {
            cell.setCellStyle(styles.quoted);
        }
    }

    /** Cell styles, created once per workbook (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle quoted;
        final CellStyle link;
        final CellStyle quotedLink;
        final CellStyle date;
        final Map<Status, CellStyle> status = new EnumMap<>(Status.class);

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Font underlined = workbook.createFont();
            underlined.setUnderline(Font.U_SINGLE);
            underlined.setColor(IndexedColors.BLUE.getIndex());
            link = workbook.createCellStyle();
            link.setFont(underlined);
            quotedLink = workbook.createCellStyle();
            quotedLink.setFont(underlined);
            quotedLink.setQuotePrefixed(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            status.put(Status.MET, fill(workbook, IndexedColors.LIGHT_GREEN));
            status.put(Status.WEAK, fill(workbook, IndexedColors.LIGHT_YELLOW));
            status.put(Status.CONTRARY, fill(workbook, IndexedColors.RED));
            status.put(Status.MISSING, fill(workbook, IndexedColors.ROSE));
        }

        private static CellStyle fill(SXSSFWorkbook workbook, IndexedColors color) {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(color.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }
}
