package org.clausecheck.portfolio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.analyze.report.JsonReportRenderer;
import org.clausecheck.analyze.report.ReadCoverage;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.ExtractedDocument;

/** Turns one audited file into the Lucene documents of the portfolio index (layout in {@link PortfolioFields}). */
final class PortfolioDocuments {

    private static final JsonFactory JSON = new JsonFactory();

    private PortfolioDocuments() {
    }

    static List<Document> forDocument(PortfolioFile file, ExtractedDocument extracted, DocumentReport report,
                                      Playbook playbook, String analysisKey, FileStamp stamp) {
        List<Document> documents = new ArrayList<>();
        Document head = common(file, PortfolioFields.TYPE_DOCUMENT);
        head.add(new StoredField(PortfolioFields.PLAYBOOK_VERSION, playbook.version()));
        head.add(new StoredField(PortfolioFields.PARTIES, report.analysis().summary().parties().parties().stream()
                .map(party -> party.label() + " [" + party.role() + "]").collect(Collectors.joining("; "))));
        head.add(new StoredField(PortfolioFields.JSON, json(playbook, report)));
        InventoryColumns inventory = report.analysis().clauseInventory().map(InventoryColumns::of).orElse(null);
        if (inventory != null) {
            inventoryFields(head, inventory);
        }
        KnownEntry entry = new KnownEntry(report.sha256(), analysisKey, report.format().name(), report.pages(),
                report.analysis().summary().risk(),
                report.analysis().findings().stream().map(Finding::status).toList(), null, stamp,
                ReadCoverage.of(report).summary(), inventory);
        head.add(new BinaryDocValuesField(PortfolioFields.ENTRY, entry.encode(file.key())));
        documents.add(head);
        for (Finding finding : report.analysis().findings()) {
            documents.add(finding(file, finding));
        }
        String section = null;
        for (Block block : extracted.blocks()) {
            // A paragraph without its own number belongs to the last numbered one above it.
            section = block.sectionNumber() != null ? block.sectionNumber() : section;
            documents.add(clause(file, block, section));
        }
        return documents;
    }

    static List<Document> forError(PortfolioFile file, String sha256, String reason, String analysisKey,
                                   FileStamp stamp) {
        Document error = common(file, PortfolioFields.TYPE_ERROR);
        KnownEntry entry = new KnownEntry(sha256, analysisKey, "", 0, null, List.of(), reason, stamp);
        error.add(new BinaryDocValuesField(PortfolioFields.ENTRY, entry.encode(file.key())));
        return List.of(error);
    }

    /** What {@code search} filters contracts by: keywords, indexed and not stored (the entry holds the values). */
    private static void inventoryFields(Document head, InventoryColumns inventory) {
        head.add(new StringField(PortfolioFields.INVENTORY, PortfolioFields.YES, Field.Store.NO));
        for (String category : inventory.categories()) {
            head.add(new StringField(PortfolioFields.CATEGORY, category, Field.Store.NO));
        }
        InventoryColumns.date(inventory.expirationDate()).ifPresent(date ->
                head.add(new StringField(PortfolioFields.EXPIRATION_DATE, date.toString(), Field.Store.NO)));
        if (!inventory.governingLaw().isEmpty()) {
            head.add(new StringField(PortfolioFields.GOVERNING_LAW,
                    inventory.governingLaw().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (!inventory.renewalTerm().isEmpty()) {
            head.add(new StringField(PortfolioFields.RENEWAL, PortfolioFields.YES, Field.Store.NO));
        }
    }

    private static Document common(PortfolioFile file, String type) {
        Document document = new Document();
        document.add(new StringField(PortfolioFields.TYPE, type, Field.Store.YES));
        document.add(new StringField(PortfolioFields.PATH, file.key(), Field.Store.YES));
        document.add(new StoredField(PortfolioFields.FILE, file.display()));
        return document;
    }

    private static Document finding(PortfolioFile file, Finding finding) {
        Document document = common(file, PortfolioFields.TYPE_FINDING);
        document.add(new StringField(PortfolioFields.RULE, finding.ruleId(), Field.Store.YES));
        document.add(new StringField(PortfolioFields.STATUS, finding.status().name(), Field.Store.YES));
        document.add(new StoredField(PortfolioFields.RECOMMENDATION, finding.recommendation()));
        for (Evidence evidence : finding.evidence()) {
            // Parallel stored values, one per piece of evidence, in document order.
            document.add(new StoredField(PortfolioFields.EVIDENCE_KIND, evidence.kind().name()));
            document.add(new StoredField(PortfolioFields.EVIDENCE_QUOTE, evidence.quote()));
            document.add(new StoredField(PortfolioFields.EVIDENCE_PAGE, evidence.page()));
            document.add(new StoredField(PortfolioFields.EVIDENCE_SECTION,
                    evidence.sectionNumber() == null ? "" : evidence.sectionNumber()));
        }
        return document;
    }

    private static Document clause(PortfolioFile file, Block block, String section) {
        Document document = common(file, PortfolioFields.TYPE_CLAUSE);
        document.add(new Field(PortfolioFields.TEXT, block.text(), PortfolioFields.TEXT_TYPE));
        document.add(new StoredField(PortfolioFields.PAGE, block.page()));
        document.add(new StoredField(PortfolioFields.SECTION, section == null ? "" : section));
        document.add(new StoredField(PortfolioFields.HEADING, String.join(" > ", block.headingPath())));
        document.add(new StoredField(PortfolioFields.START, block.start()));
        document.add(new StoredField(PortfolioFields.END, block.end()));
        return document;
    }

    /** The document object of {@code check --format json}, on one line. */
    private static String json(Playbook playbook, DocumentReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            JsonReportRenderer.writeDocument(new CheckReport(playbook, List.of(report), List.of()), report, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
