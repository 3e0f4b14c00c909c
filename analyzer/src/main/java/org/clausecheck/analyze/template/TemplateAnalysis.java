package org.clausecheck.analyze.template;

import java.util.List;
import java.util.Map;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.match.DocumentIndex;
import org.clausecheck.analyze.match.RuleEvaluator;
import org.clausecheck.analyze.parties.DefinedTerm;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.RoleMention;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.extract.ExtractedDocument;

/**
 * A document indexed as its agreed terms: notes, blanks standing alone, empty headings and options not chosen are
 * no text to the rules. Where an election is open, a second index holds the text with the open options put back,
 * and each rule's finding on it is joined with the finding on the agreed text ({@link ElectionJudgement}). Offsets
 * and sentences are those of the document, so evidence quotes it as printed. A document without any mark of a
 * template is indexed once, as before.
 */
public final class TemplateAnalysis {

    private final TemplateMarks marks;
    private final String text;
    private final DocumentIndex agreed;
    private final DocumentIndex withOpenOptions;

    private TemplateAnalysis(TemplateMarks marks, String text, DocumentIndex agreed, DocumentIndex withOpenOptions) {
        this.marks = marks;
        this.text = text;
        this.agreed = agreed;
        this.withOpenOptions = withOpenOptions;
    }

    public static TemplateAnalysis index(ExtractedDocument document, DocumentStructure structure,
                                         List<RoleMention> mentions) {
        TemplateMarks marks = TemplateReader.read(document, structure);
        String text = document.text();
        DocumentIndex agreed = DocumentIndex.build(marks.readableText(text, false), structure,
                marks.readableMentions(mentions, false));
        DocumentIndex open = marks.hasOpenOptions()
                ? DocumentIndex.build(marks.readableText(text, true), structure, marks.readableMentions(mentions, true))
                : null;
        return new TemplateAnalysis(marks, text, agreed, open);
    }

    public TemplateMarks marks() {
        return marks;
    }

    /** The index of the agreed terms. */
    public DocumentIndex index() {
        return agreed;
    }

    /** The rule's finding on the agreed terms, joined with what open elections would give. */
    public Finding evaluate(RuleEvaluator rule, DocumentStructure structure, PartyResolution parties,
                            Map<String, DefinedTerm> definedTerms) {
        Finding finding = rule.evaluate(agreed, structure, parties, definedTerms);
        if (withOpenOptions == null) {
            return finding;
        }
        return ElectionJudgement.combine(finding, rule.evaluate(withOpenOptions, structure, parties, definedTerms),
                marks, text);
    }
}
