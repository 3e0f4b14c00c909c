package org.clausecheck.eval.candidates;

import java.nio.file.Path;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.PartyResolver;
import org.clausecheck.analyze.parties.RoleNormalizer;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;

/**
 * A corpus contract read as the analyzer reads it: extracted text, clauses and sentences, parties, the index.
 */
public record CorpusDocument(String id, ExtractedDocument document, DocumentStructure structure, PartyResolution parties,
                      DocumentIndex index) {

    public static CorpusDocument read(Extractor extractor, String id, Path file, ExtractionOptions options)
            throws ExtractionException {
        ExtractedDocument document = extractor.extract(file, options);
        String text = document.text();
        DocumentStructure structure = StructureBuilder.build(document);
        PartyResolution parties = PartyResolver.resolve(text, null);
        DocumentIndex index = DocumentIndex.build(text, structure, RoleNormalizer.mentions(text, parties));
        return new CorpusDocument(id, document, structure, parties, index);
    }

    public String text() {
        return document.text();
    }
}
