package org.clausecheck.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.candidates.CandidateJudge;
import org.clausecheck.analyze.candidates.DocumentCandidates;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.match.RuleEvaluator;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.match.index.PatternCompiler;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.PartyResolver;
import org.clausecheck.analyze.parties.RoleNormalizer;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.extract.ExtractedDocument;

/**
 * The CUAD signals playbook compiled once, judging one document at a time with the machinery of the analyzer
 * (structure, roles, Lucene intervals, negation, scope). It is not run through {@code ContractAnalyzer}: the signals
 * are direction-free, so they have no contrary patterns, which a user's playbook must have.
 */
public final class CuadSignals {

    static final String RESOURCE = "/org/clausecheck/eval/cuad-signals.yaml";

    private final Playbook playbook;
    private final Map<String, RuleEvaluator> evaluators = new LinkedHashMap<>();
    private final CandidateJudge judge;

    public CuadSignals(Playbook playbook) {
        this.playbook = playbook;
        PatternCompiler compiler = new PatternCompiler(playbook.groups());
        for (Rule rule : playbook.rules()) {
            evaluators.put(rule.id(), new RuleEvaluator(rule, playbook, compiler));
        }
        this.judge = new CandidateJudge(playbook);
    }

    /** The signals shipped with the analyzer. */
    public static CuadSignals shipped() {
        return new CuadSignals(playbook());
    }

    /** The shipped signals playbook. */
    public static Playbook playbook() {
        try (InputStream in = CuadSignals.class.getResourceAsStream(RESOURCE)) {
            return PlaybookLoader.load(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    public Playbook definition() {
        return playbook;
    }

    /** Each signal's finding on the document, in playbook order. */
    public Map<String, Finding> judge(ExtractedDocument document) {
        DocumentStructure structure = StructureBuilder.build(document);
        PartyResolution parties = PartyResolver.resolve(document.text(), null);
        DocumentIndex index = DocumentIndex.build(document.text(), structure,
                RoleNormalizer.mentions(document.text(), parties));
        List<Finding> ruled = new ArrayList<>();
        evaluators.forEach((id, evaluator) -> ruled.add(evaluator.evaluate(index, structure, parties)));
        // The learned candidate finder's sentences, judged by the signals' own patterns where they found nothing.
        List<Finding> judged = judge.review(ruled, DocumentCandidates.of(index, structure));
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (Finding finding : judged) {
            findings.put(finding.ruleId(), finding);
        }
        return findings;
    }
}
