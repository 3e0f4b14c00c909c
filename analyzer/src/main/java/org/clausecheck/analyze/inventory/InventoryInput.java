package org.clausecheck.analyze.inventory;

import java.util.Map;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.parties.DefinedTerm;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.extract.ExtractedDocument;

/**
 * What the analysis has already read of a document, handed to an {@link InventoryReader} so that the inventory
 * costs no second pass over the text.
 */
public record InventoryInput(ExtractedDocument document, DocumentStructure structure, DocumentIndex index,
                             PartyResolution parties, Map<String, DefinedTerm> definedTerms) {
}
