package org.clausecheck.analyze.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.DocumentMetadata;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionWarning;

/**
 * Writes extracted documents for reading in a terminal: a header per document, then one line per block
 * with its page, kind and section number, so that a user can see what clausecheck will cite.
 */
public final class ExtractionTextWriter {

    public void write(ExtractionReport report, PrintWriter out) {
        boolean first = true;
        for (ExtractedDocument document : report.documents()) {
            if (!first) {
                out.println();
            }
            first = false;
            writeDocument(document, out);
        }
        out.flush();
    }

    private static void writeDocument(ExtractedDocument document, PrintWriter out) {
        DocumentMetadata metadata = document.metadata();
        out.printf(Locale.ROOT, "== %s%n", document.source());
        out.printf(Locale.ROOT, "format %s, %s, %d blocks, sha256 %s%n", document.format(),
                metadata.pageCount() > 0 ? metadata.pageCount() + " pages" : "no pages",
                document.blocks().size(), document.id());
        if (metadata.title() != null) {
            out.printf(Locale.ROOT, "title: %s%n", metadata.title());
        }
        for (String header : metadata.runningHeaders()) {
            out.printf(Locale.ROOT, "running header: %s%n", header);
        }
        for (String footer : metadata.runningFooters()) {
            out.printf(Locale.ROOT, "running footer: %s%n", footer);
        }
        for (ExtractionWarning warning : document.warnings()) {
            out.printf(Locale.ROOT, "warning: %s%n", warning);
        }
        out.println();
        for (Block block : document.blocks()) {
            String page = block.hasPage() ? "p." + block.page() : "";
            String section = block.sectionNumber() == null ? "" : block.sectionNumber();
            out.printf(Locale.ROOT, "%-5s %-10s %-12s %s%n", page, block.kind(), section,
                    block.text().replace('\n', ' '));
        }
    }
}
