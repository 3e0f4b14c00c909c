package org.clausecheck.analyze.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.match.MatchOutcome;
import org.clausecheck.analyze.match.MatchTrace;
import org.clausecheck.analyze.match.RuleEvaluator;
import org.clausecheck.analyze.match.RuleTrace;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.parties.DefinedTerm;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.RoleMention;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;
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

    /**
     * {@link #evaluate}'s finding with the matches behind it: those on the agreed terms, and the evidence that only
     * the text of an option not ticked gives (outcome {@link MatchOutcome#OPEN_OPTION_ONLY}, the option quoted).
     */
    public RuleTrace explain(RuleEvaluator rule, DocumentStructure structure, PartyResolution parties,
                             Map<String, DefinedTerm> definedTerms) {
        RuleTrace agreedTrace = rule.explain(agreed, structure, parties, definedTerms);
        if (withOpenOptions == null) {
            return agreedTrace;
        }
        RuleTrace openTrace = rule.explain(withOpenOptions, structure, parties, definedTerms);
        Finding combined = ElectionJudgement.combine(agreedTrace.finding(), openTrace.finding(), marks, text);
        Set<String> agreedEvidence = new HashSet<>();
        for (MatchTrace match : agreedTrace.matches()) {
            if (match.outcome() == MatchOutcome.EVIDENCE) {
                agreedEvidence.add(match.patternId() + "/" + match.sentence());
            }
        }
        List<MatchTrace> matches = new ArrayList<>(agreedTrace.matches());
        for (MatchTrace match : openTrace.matches()) {
            Sentence sentence = structure.sentences().get(match.sentence());
            List<TemplateMark> options = marks.openOptionsIn(sentence.start(), sentence.end());
            if (match.outcome() == MatchOutcome.EVIDENCE && !options.isEmpty()
                    && agreedEvidence.add(match.patternId() + "/" + match.sentence())) {
                matches.add(new MatchTrace(match.patternId(), match.patternKind(), match.sentence(),
                        MatchOutcome.OPEN_OPTION_ONLY, null, "would be " + match.evidence().name().toLowerCase(Locale.ROOT)
                        + " evidence with \u201C" + options.get(0).quote(text, 160) + "\u201D"));
            }
        }
        return new RuleTrace(combined, matches, agreedTrace.weakeners());
    }
}
