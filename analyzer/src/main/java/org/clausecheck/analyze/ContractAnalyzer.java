package org.clausecheck.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausecheck.analyze.candidates.DocumentCandidates;
import org.clausecheck.analyze.candidates.RelatedPassages;
import org.clausecheck.analyze.doctype.DocumentProfile;
import org.clausecheck.analyze.doctype.DocumentProfiler;
import org.clausecheck.analyze.finding.DocumentSummary;
import org.clausecheck.analyze.inventory.ClauseInventory;
import org.clausecheck.analyze.inventory.InventoryInput;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.OcrEvidence;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.match.RuleEvaluator;
import org.clausecheck.analyze.match.index.PatternCompiler;
import org.clausecheck.analyze.parties.DefinedTerm;
import org.clausecheck.analyze.parties.DefinedTermReader;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.PartyResolver;
import org.clausecheck.analyze.parties.RoleMention;
import org.clausecheck.analyze.parties.RoleNormalizer;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookValidator;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.Severity;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.analyze.template.TemplateAnalysis;
import org.clausecheck.extract.ExtractedDocument;

/**
 * The analyzer's entry point: clauses and sentences, parties and roles, one Lucene index per document,
 * every rule of the playbook, a finding per rule and a summary. Thread-safe; reuse one instance so the
 * playbook's queries are compiled once.
 */
public final class ContractAnalyzer {

    private Playbook compiledFor;
    private List<RuleEvaluator> evaluators = List.of();

    public AnalysisReport analyze(ExtractedDocument document, AnalysisOptions options) {
        List<RuleEvaluator> rules = evaluators(options.playbook());
        String text = document.text();
        DocumentStructure structure = StructureBuilder.build(document);
        PartyResolution parties = PartyResolver.resolve(text, options.customerOverride());
        List<RoleMention> mentions = RoleNormalizer.mentions(text, parties);
        TemplateAnalysis template = TemplateAnalysis.index(document, structure, mentions);
        Map<String, DefinedTerm> definedTerms = DefinedTermReader.read(structure);
        List<Finding> findings = new ArrayList<>();
        for (RuleEvaluator rule : rules) {
            findings.add(template.evaluate(rule, structure, parties, definedTerms));
        }
        // The candidate finder shows what a MISSING protection may have missed; it judges nothing here: judged
        // candidates read payments and credits after termination as a handover (docs/evaluation.md).
        DocumentCandidates candidates = DocumentCandidates.of(template.index(), structure); // scores only when asked
        findings = RelatedPassages.attach(findings, options.playbook().rules(), candidates);
        findings = OcrEvidence.mark(findings, document);
        DocumentProfile profile = DocumentProfiler.withDefaultTypes().profile(document, structure, template.marks(),
                List.copyOf(definedTerms.values()), ruleIds(options.playbook()));
        ClauseInventory inventory = options.inventory() == null ? null : options.inventory().read(
                new InventoryInput(document, structure, template.index(), parties, definedTerms));
        return new AnalysisReport(document.id(), document.source(), options.playbook().version(),
                summary(parties, options.playbook(), findings, profile), List.copyOf(definedTerms.values()), findings,
                profile, inventory);
    }

    private static Set<String> ruleIds(Playbook playbook) {
        return playbook.rules().stream().map(Rule::id).collect(Collectors.toSet());
    }

    private synchronized List<RuleEvaluator> evaluators(Playbook playbook) {
        if (compiledFor != playbook) {
            PlaybookValidator.validated(playbook);
            PatternCompiler compiler = new PatternCompiler(playbook.groups());
            evaluators = playbook.rules().stream().map(rule -> new RuleEvaluator(rule, playbook, compiler)).toList();
            compiledFor = playbook;
        }
        return evaluators;
    }

    /**
     * Risk: HIGH when a required protection is CONTRARY or two are missing, MEDIUM when one is not MET. Protections
     * the document's type is not expected to carry are no gaps (a DPA is not asked for IP assignment).
     */
    static DocumentSummary summary(PartyResolution parties, Playbook playbook, List<Finding> findings,
                                   DocumentProfile profile) {
        int met = 0;
        int requiredContrary = 0;
        int requiredMissing = 0;
        List<String> requiredNotMet = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.status() == Status.MET) {
                met++;
            } else if (playbook.rules().get(i).severity() == Severity.REQUIRED && profile.expects(finding.ruleId())) {
                requiredNotMet.add(finding.ruleId());
                if (finding.status() == Status.CONTRARY) {
                    requiredContrary++;
                } else if (finding.status() == Status.MISSING) {
                    requiredMissing++;
                }
            }
        }
        RiskLevel risk = requiredContrary > 0 || requiredMissing >= 2 ? RiskLevel.HIGH
                : requiredNotMet.isEmpty() ? RiskLevel.LOW : RiskLevel.MEDIUM;
        return new DocumentSummary(parties, met, findings.size(), requiredNotMet, risk);
    }
}
