package org.clausecheck.portfolio;

import java.nio.file.Path;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;

/** Turns a file's bytes into a document. The audit's only use of the extractor; tests count or slow it. */
@FunctionalInterface
public interface ContractSource {

    ExtractedDocument extract(PortfolioFile file, byte[] bytes) throws ExtractionException;

    static ContractSource of(Extractor extractor, ExtractionOptions options) {
        return (file, bytes) -> extractor.extract(Path.of(file.display()), bytes, options);
    }
}
