package org.clausecheck.analyze;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.match.RuleEvaluator;
import org.clausecheck.analyze.match.RuleTrace;
import org.clausecheck.analyze.parties.DefinedTerm;
import org.clausecheck.analyze.parties.DefinedTermReader;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.PartyResolver;
import org.clausecheck.analyze.parties.RoleMention;
import org.clausecheck.analyze.parties.RoleNormalizer;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.analyze.template.TemplateAnalysis;
import org.clausecheck.extract.ExtractedDocument;

/**
 * A contract read as the rules see it: its structure, its parties, the index of its agreed text (a template's
 * unticked options and blanks set aside) and its defined terms. {@link ContractAnalyzer} (for {@code check}) and
 * the rule explainer (for {@code playbook explain}) both judge a rule on this one reading, so that they cannot
 * disagree on a verdict.
 */
public record ContractReading(ExtractedDocument document, DocumentStructure structure, PartyResolution parties,
                              TemplateAnalysis template, Map<String, DefinedTerm> definedTerms) {

    public ContractReading {
        // kept in the reader's order: the report lists the defined terms so
        definedTerms = Collections.unmodifiableMap(definedTerms);
    }

    /**
     * @param customerOverride the user's --customer, or null
     * @throws org.clausecheck.analyze.parties.CustomerNotFoundException when the override names no party
     */
    public static ContractReading read(ExtractedDocument document, String customerOverride) {
        String text = document.text();
        DocumentStructure structure = StructureBuilder.build(document);
        PartyResolution parties = PartyResolver.resolve(text, customerOverride);
        List<RoleMention> mentions = RoleNormalizer.mentions(text, parties);
        TemplateAnalysis template = TemplateAnalysis.index(document, structure, mentions);
        return new ContractReading(document, structure, parties, template, DefinedTermReader.read(structure));
    }

    /** The rule's finding, as {@code check} reports it before related passages are attached. */
    public Finding evaluate(RuleEvaluator rule) {
        return template.evaluate(rule, structure, parties, definedTerms);
    }

    /** The same finding as {@link #evaluate}, with every match behind it. */
    public RuleTrace explain(RuleEvaluator rule) {
        return template.explain(rule, structure, parties, definedTerms);
    }
}
