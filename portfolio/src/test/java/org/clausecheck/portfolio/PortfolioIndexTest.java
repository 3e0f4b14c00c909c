package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioIndexTest {

    @TempDir
    Path folder;

    @Test
    void idleBuffersAreWrittenAsSegmentsBeforeTheCommit() throws IOException {
        try (PortfolioIndex index = PortfolioIndex.open(folder)) {
            index.add(List.of(entry("a.pdf"), entry("b.pdf")));
            assertEquals(0, segmentFiles(), "entries stay buffered in memory");

            index.flushIdleBuffers(4);
            assertTrue(segmentFiles() > 0, "the buffer is written as a segment");
            assertFalse(PortfolioIndex.exists(folder), "nothing is committed yet");

            index.flushIdleBuffers(4); // nothing left: a no-op
            index.commit();
        }
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(2, reader.numDocs());
        }
    }

    private static Document entry(String key) {
        Document document = new Document();
        document.add(new StringField(PortfolioFields.PATH, key, Field.Store.YES));
        return document;
    }

    private long segmentFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".si")).count();
        }
    }
}
