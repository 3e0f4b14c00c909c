package org.clausecheck.portfolio;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.clausecheck.analyze.finding.Status;

/** Reads the committed portfolio index: each contract's stored details, and a searcher for queries. */
public final class PortfolioReader implements Closeable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private PortfolioReader(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the index; {@link PortfolioIndexMissingException} when there is none. */
    public static PortfolioReader open(Path folder) throws IOException {
        if (!PortfolioIndex.exists(folder)) {
            throw new PortfolioIndexMissingException(folder);
        }
        Directory directory = FSDirectory.open(folder);
        try {
            return new PortfolioReader(directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /** The rule ids that findings in the index refer to, sorted: what {@code search --rule} can ask for. */
    public List<String> ruleIds() throws IOException {
        List<String> ids = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, PortfolioFields.RULE);
        if (terms != null) {
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                ids.add(term.utf8ToString());
            }
        }
        return ids; // terms come in byte order, which for these ASCII ids is sorted
    }

    /** The stored details of one audited contract, or empty when the file failed or is not indexed. */
    public Optional<StoredDocument> document(String key) throws IOException {
        StoredFields stored = searcher.storedFields();
        Document head = null;
        Map<String, StoredFinding> findings = new HashMap<>();
        for (ScoreDoc hit : searcher.search(entriesOf(key, PortfolioFields.TYPE_DOCUMENT, PortfolioFields.TYPE_FINDING),
                Math.max(1, reader.maxDoc())).scoreDocs) {
            Document document = stored.document(hit.doc);
            if (PortfolioFields.TYPE_DOCUMENT.equals(document.get(PortfolioFields.TYPE))) {
                head = document;
            } else {
                StoredFinding finding = finding(document);
                findings.put(finding.ruleId(), finding);
            }
        }
        if (head == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredDocument(head.get(PortfolioFields.JSON), head.get(PortfolioFields.PARTIES),
                head.get(PortfolioFields.PLAYBOOK_VERSION), findings));
    }

    static StoredFinding finding(Document document) {
        String[] kinds = document.getValues(PortfolioFields.EVIDENCE_KIND);
        String[] quotes = document.getValues(PortfolioFields.EVIDENCE_QUOTE);
        IndexableField[] pages = document.getFields(PortfolioFields.EVIDENCE_PAGE);
        String[] sections = document.getValues(PortfolioFields.EVIDENCE_SECTION);
        List<StoredEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < quotes.length; i++) {
            evidence.add(new StoredEvidence(kinds[i], quotes[i], pages[i].numericValue().intValue(), sections[i]));
        }
        return new StoredFinding(document.get(PortfolioFields.RULE), Status.valueOf(document.get(PortfolioFields.STATUS)),
                document.get(PortfolioFields.RECOMMENDATION), evidence);
    }

    /** The entries of one file of the given types. */
    private static Query entriesOf(String key, String... types) {
        BooleanQuery.Builder anyType = new BooleanQuery.Builder();
        for (String type : types) {
            anyType.add(new TermQuery(new Term(PortfolioFields.TYPE, type)), BooleanClause.Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PortfolioFields.PATH, key)), BooleanClause.Occur.FILTER)
                .add(anyType.build(), BooleanClause.Occur.FILTER)
                .build();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
