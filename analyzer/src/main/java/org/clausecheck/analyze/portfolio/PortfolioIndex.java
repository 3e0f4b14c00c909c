package org.clausecheck.analyze.portfolio;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;

/**
 * The on-disk portfolio index, opened for an audit. Lucene's IndexWriter is thread-safe: workers add each
 * file's entries as soon as it is analysed, so nothing of the document stays in memory.
 */
public final class PortfolioIndex implements Closeable {

    /** Lucene's default: a larger buffer only moves more of the heap into the old generation. */
    private static final double RAM_BUFFER_MB = IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB;

    private final Directory directory;
    private final IndexWriter writer;

    private PortfolioIndex(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /**
     * Opens or creates the index; fails when the folder cannot be written or another audit holds it. The
     * writer reads segments through NIO rather than memory mapping: merges of a large portfolio then do
     * not show up as the process's resident memory.
     */
    public static PortfolioIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = new NIOFSDirectory(folder);
        try {
            IndexWriterConfig config = new IndexWriterConfig(PortfolioFields.textAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            return new PortfolioIndex(directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** True when a committed index exists in the folder. */
    public static boolean exists(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            return false;
        }
    }

    /** What the last commit holds per file key (documents and stored failures). */
    public Map<String, KnownEntry> knownEntries() throws IOException {
        Map<String, KnownEntry> known = new HashMap<>();
        if (!DirectoryReader.indexExists(directory)) {
            return known;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(PortfolioFields.TYPE, PortfolioFields.TYPE_DOCUMENT)),
                            BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(PortfolioFields.TYPE, PortfolioFields.TYPE_ERROR)),
                            BooleanClause.Occur.SHOULD)
                    .build();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document document = stored.document(hit.doc);
                known.put(document.get(PortfolioFields.PATH), toEntry(document));
            }
        }
        return known;
    }

    private static KnownEntry toEntry(Document document) {
        String sha = document.get(PortfolioFields.SHA256);
        String analysisKey = document.get(PortfolioFields.ANALYSIS_KEY);
        if (PortfolioFields.TYPE_ERROR.equals(document.get(PortfolioFields.TYPE))) {
            return new KnownEntry(sha, analysisKey, "", 0, null, List.of(), document.get(PortfolioFields.REASON));
        }
        List<Status> statuses = new ArrayList<>();
        String encoded = document.get(PortfolioFields.STATUSES);
        if (encoded != null && !encoded.isEmpty()) {
            Arrays.stream(encoded.split(",")).map(Status::valueOf).forEach(statuses::add);
        }
        return new KnownEntry(sha, analysisKey, document.get(PortfolioFields.FORMAT),
                document.getField(PortfolioFields.PAGES).numericValue().intValue(),
                RiskLevel.valueOf(document.get(PortfolioFields.RISK)), statuses, null);
    }

    /** Replaces every entry of a file by these, atomically. */
    public void replace(String key, List<Document> documents) throws IOException {
        writer.updateDocuments(new Term(PortfolioFields.PATH, key), documents);
    }

    /** Adds the entries of a file the index does not hold yet (no delete to apply). */
    public void add(List<Document> documents) throws IOException {
        writer.addDocuments(documents);
    }

    public void remove(String key) throws IOException {
        writer.deleteDocuments(new Term(PortfolioFields.PATH, key));
    }

    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
