package org.clausecheck.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausecheck.analyze.candidates.DocumentCandidates;
import org.clausecheck.analyze.candidates.RelatedPassages;
import org.clausecheck.analyze.candidates.RuleSimilarity;
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
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookValidator;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.Severity;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.template.TemplateAnalysis;
import org.clausecheck.extract.ExtractedDocument;

/**
 * The analyzer's entry point: clauses and sentences, parties and roles, one Lucene index per document,
 * every rule of the playbook, a finding per rule and a summary. Thread-safe; reuse one instance so the
 * playbook's queries are compiled once.
 */
public final class ContractAnalyzer {

    /** What a playbook compiles to: its rules' evaluators and the similarities that rank related passages. */
    private record Compiled(Playbook playbook, List<RuleEvaluator> evaluators, List<RuleSimilarity> similarities) {
    }

    private Compiled compiled;

    public AnalysisReport analyze(ExtractedDocument document, AnalysisOptions options) {
        Compiled playbook = compiled(options.playbook());
        List<RuleEvaluator> rules = playbook.evaluators();
        ContractReading reading = ContractReading.read(document, options.customerOverride());
        DocumentStructure structure = reading.structure();
        PartyResolution parties = reading.parties();
        TemplateAnalysis template = reading.template();
        Map<String, DefinedTerm> definedTerms = reading.definedTerms();
        List<Finding> findings = new ArrayList<>();
        for (RuleEvaluator rule : rules) {
            findings.add(reading.evaluate(rule));
        }
        // The candidate finder shows what a MISSING protection may have missed; it judges nothing here: judged
        // candidates read payments and credits after termination as a handover (docs/evaluation.md).
        DocumentCandidates candidates = DocumentCandidates.of(template.index(), structure); // scores only when asked
        findings = RelatedPassages.attach(findings, playbook.similarities(), candidates);
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

    /**
     * The evaluator {@link #analyze} judges the rule with: the playbook validated and compiled as for a whole check.
     *
     * @throws IllegalArgumentException when the rule is not the playbook's
     */
    public RuleEvaluator evaluator(Playbook playbook, Rule rule) {
        int at = playbook.rules().indexOf(rule);
        if (at < 0) {
            throw new IllegalArgumentException("rule " + rule.id() + " is not in playbook " + playbook.name());
        }
        return compiled(playbook).evaluators().get(at);
    }

    private synchronized Compiled compiled(Playbook playbook) {
        if (compiled == null || compiled.playbook() != playbook) {
            PlaybookValidator.validated(playbook);
            PatternCompiler compiler = new PatternCompiler(playbook.groups());
            compiled = new Compiled(playbook,
                    playbook.rules().stream().map(rule -> new RuleEvaluator(rule, playbook, compiler)).toList(),
                    RelatedPassages.similarities(playbook.rules()));
        }
        return compiled;
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
