package org.clausecheck.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;

/** Builds documents from strings through the extractor's plain-text reader, as real files would be (as the analyzer's tests do). */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static ExtractedDocument of(String text) {
        try {
            return new Extractor().extract(Path.of("example.txt"), text.getBytes(StandardCharsets.UTF_8),
                    ExtractionOptions.defaults());
        } catch (ExtractionException e) {
            throw new IllegalStateException(e);
        }
    }
}
