package org.clausecheck.analyze.match.index;

import java.util.List;
import org.clausecheck.analyze.TestDocuments;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.PartyResolver;
import org.clausecheck.analyze.parties.RoleNormalizer;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.extract.ExtractedDocument;

/** A short text indexed as the analyzer indexes contracts, with a Client and a Supplier. */
public record IndexedText(ExtractedDocument document, DocumentStructure structure, DocumentIndex index) {

    static final String PREAMBLE = "This Agreement is between Acme Corp. (\"Client\") and Beta LLC (\"Supplier\").\n\n";

    public static IndexedText of(String body) {
        ExtractedDocument document = TestDocuments.of(PREAMBLE + body);
        DocumentStructure structure = StructureBuilder.build(document);
        PartyResolution parties = PartyResolver.resolve(document.text(), null);
        return new IndexedText(document, structure,
                DocumentIndex.build(document.text(), structure, RoleNormalizer.mentions(document.text(), parties)));
    }

    public List<PositionSpan> matches(String pattern) {
        return index.matches(new PatternCompiler().compile(pattern));
    }
}
