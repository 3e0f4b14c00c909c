package org.clausecheck.analyze.doctype;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausecheck.analyze.parties.DefinedTerm;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.template.TemplateMarks;
import org.clausecheck.extract.ExtractedDocument;

/**
 * The profile of a document: its type and the rules that type carries ({@link DocumentTypeReader}), the terms it
 * incorporates by reference ({@link IncorporationReader}) and how far it is an unfinished form.
 */
public final class DocumentProfiler {

    private final DocumentTypeReader typeReader;

    public DocumentProfiler(DocumentTypes types) {
        this.typeReader = new DocumentTypeReader(types);
    }

    public static DocumentProfiler withDefaultTypes() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final DocumentProfiler DEFAULT = new DocumentProfiler(DocumentTypes.loadDefault());
    }

    /**
     * @param ruleIds the playbook's rule ids: a type's expectations name only rules the playbook has
     */
    public DocumentProfile profile(ExtractedDocument document, DocumentStructure structure, TemplateMarks marks,
                                   List<DefinedTerm> definedTerms, Set<String> ruleIds) {
        String readable = marks.readableText(document.text(), false);
        DocumentTypeReader.Decision decision = typeReader.read(document, structure, readable);
        DocumentType type = decision.type();
        Set<String> defined = definedTerms.stream().map(term -> term.term().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        boolean ownBody = DocumentTypeReader.bodyClauses(structure) >= DocumentTypeReader.MIN_BODY_CLAUSES;
        List<IncorporatedTerms> incorporated = IncorporationReader.read(structure.sentences(), readable, defined,
                ownBody, type.supplements());
        return new DocumentProfile(type.id(), type.name(), decision.reason(),
                DocumentProfile.notExpectedOf(type, ruleIds), incorporated, TemplateSummary.of(marks));
    }
}
