package org.clausecheck.portfolio;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.Bits;

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

    /**
     * What the last commit holds per file key (documents and stored failures), from the doc values of their
     * head entries: no stored text is decompressed. An index written before these doc values existed lists
     * nothing: it is emptied, and its files are analysed again.
     */
    public Map<String, KnownEntry> knownEntries() throws IOException {
        Map<String, KnownEntry> known = new HashMap<>();
        if (!DirectoryReader.indexExists(directory)) {
            return known;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            if (reader.numDocs() > 0 && reader.leaves().stream().allMatch(leaf ->
                    leaf.reader().getFieldInfos().fieldInfo(PortfolioFields.ENTRY) == null)) {
                writer.deleteAll();
                return known;
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues entries = leaf.reader().getBinaryDocValues(PortfolioFields.ENTRY);
                Bits live = leaf.reader().getLiveDocs();
                if (entries == null) {
                    continue;
                }
                for (int doc = entries.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = entries.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        KnownEntry.Keyed keyed = KnownEntry.decode(entries.binaryValue());
                        known.put(keyed.key(), keyed.entry());
                    }
                }
            }
        }
        return known;
    }

    /** Replaces every entry of a file by these, atomically. */
    public void replace(String key, List<Document> documents) throws IOException {
        writer.updateDocuments(new Term(PortfolioFields.PATH, key), documents);
    }

    /** Adds the entries of a file the index does not hold yet. */
    public void add(List<Document> documents) throws IOException {
        writer.addDocuments(documents);
    }

    public void remove(String key) throws IOException {
        writer.deleteDocuments(new Term(PortfolioFields.PATH, key));
    }

    /**
     * Writes the entries buffered by indexing threads that are not adding documents now, at most
     * {@code limit} buffers. Called while the last files are analysed, it leaves the commit little to write:
     * otherwise the commit writes every buffer on one thread at the end (0.45 s of a 10 s audit).
     */
    public void flushIdleBuffers(int limit) throws IOException {
        for (int flushed = 0; flushed < limit && writer.flushNextBuffer(); flushed++) {
            // each call writes one buffer as a segment
        }
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
