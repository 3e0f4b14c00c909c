package org.clausecheck.eval.coverage;

import java.util.Map;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.parties.DefinedTerm;
import org.clausecheck.analyze.parties.DefinedTermReader;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.PartyResolver;
import org.clausecheck.analyze.parties.RoleNormalizer;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.extract.ExtractedDocument;

/**
 * A contract read once as {@code ContractAnalyzer} reads it (structure, parties, index, defined terms), so that
 * every variant of the playbook is judged on the same reading. CoverageProbeTest checks that its verdicts are the
 * analyzer's.
 */
record PreparedDocument(DocumentStructure structure, PartyResolution parties, DocumentIndex index,
                        Map<String, DefinedTerm> definedTerms) {

    static PreparedDocument of(ExtractedDocument document) {
        String text = document.text();
        DocumentStructure structure = StructureBuilder.build(document);
        PartyResolution parties = PartyResolver.resolve(text, null);
        DocumentIndex index = DocumentIndex.build(text, structure, RoleNormalizer.mentions(text, parties));
        return new PreparedDocument(structure, parties, index, DefinedTermReader.read(structure));
    }
}
