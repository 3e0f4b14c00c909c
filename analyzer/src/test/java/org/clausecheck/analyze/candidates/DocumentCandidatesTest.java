package org.clausecheck.analyze.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.TestDocuments;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.PartyResolver;
import org.clausecheck.analyze.parties.RoleNormalizer;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

/**
 * The shipped candidate finder on a contract written here, read through the analyzer's own pipeline (roles, stems):
 * sentences of a category rank above unrelated ones, related passages appear only for MISSING findings, and the
 * candidate judge never makes a finding MET.
 */
class DocumentCandidatesTest {

    private static final String CONTRACT = """
            SOFTWARE SERVICES AGREEMENT

            This Agreement is made between Harbor Freight Analytics Inc. ("Client") and Quillon Systems GmbH \
            ("Contractor").

            1. SERVICES

            1.1 Contractor shall perform the services described in each statement of work. Client shall pay the \
            fees set out in each statement of work within thirty (30) days of invoice.

            2. RECORDS AND INSPECTION

            2.1 Client and its auditors may, on reasonable notice, inspect and audit Contractor's facilities, books \
            and records relating to the services once in each calendar year.

            3. OWNERSHIP OF RESULTS

            3.1 All results, reports and software that Contractor creates for Client under this Agreement, and all \
            intellectual property rights in them, are transferred by Contractor to Client as they come into being.

            4. GENERAL

            4.1 This Agreement is governed by the laws of the State of New York.

            4.2 Notices shall be given in writing to the addresses above.
            """;

    private static DocumentCandidates candidates(ExtractedDocument document) {
        DocumentStructure structure = StructureBuilder.build(document);
        PartyResolution parties = PartyResolver.resolve(document.text(), null);
        DocumentIndex index = DocumentIndex.build(document.text(), structure,
                RoleNormalizer.mentions(document.text(), parties));
        return DocumentCandidates.of(index, structure);
    }

    @Test
    void sentencesOfACategoryRankAboveUnrelatedOnes() {
        DocumentCandidates candidates = candidates(TestDocuments.of(CONTRACT));
        List<DocumentCandidates.Candidate> ip = candidates.closest("ip-ownership", 3);
        assertTrue(ip.get(0).sentence().text().contains("All results, reports and software"), ip.toString());
        List<DocumentCandidates.Candidate> access = candidates.closest("environment-access", 3);
        assertTrue(access.get(0).sentence().text().contains("Client and its auditors may"), access.toString());
        assertEquals("audit-rights", access.get(0).category());
        double governingLaw = candidates.closest("ip-ownership", 20).stream()
                .filter(c -> c.sentence().text().contains("governed by")).findFirst().orElseThrow().score();
        assertTrue(ip.get(0).score() > governingLaw, ip.get(0).score() + " vs " + governingLaw);
        assertTrue(candidates.candidates("environment-access").stream()
                .allMatch(c -> c.score() >= candidates.model().categories()
                        .get(candidates.model().indexOf(c.category())).threshold()));
        assertTrue(candidates.closest("documentation", 3).isEmpty(), "no category maps to documentation");
    }

    @Test
    void scoresAreTheSameForTheSameText() {
        DocumentCandidates first = candidates(TestDocuments.of(CONTRACT));
        DocumentCandidates second = candidates(TestDocuments.of(CONTRACT));
        assertEquals(first.closest("ip-ownership", 5), second.closest("ip-ownership", 5));
        assertEquals(first.closest("knowledge-transfer", 5), second.closest("knowledge-transfer", 5));
    }

    @Test
    void onlyMissingFindingsGetRelatedPassagesAtMostThree() {
        AnalysisReport report = new ContractAnalyzer().analyze(TestDocuments.of(CONTRACT), AnalysisOptions.defaults());
        boolean anyRelated = false;
        for (Finding finding : report.findings()) {
            if (finding.status() != Status.MISSING) {
                assertTrue(finding.related().isEmpty(), finding.ruleId());
                continue;
            }
            assertTrue(finding.related().size() <= RelatedPassages.LIMIT, finding.ruleId());
            anyRelated |= !finding.related().isEmpty();
            for (RelatedPassage passage : finding.related()) {
                assertEquals(passage.quote(), report.findings().isEmpty() ? "" : CONTRACT.contains(passage.quote())
                        ? passage.quote() : "not a sentence of the contract: " + passage.quote());
            }
        }
        assertTrue(anyRelated);
        Finding access = report.finding("environment-access").orElseThrow();
        if (access.status() == Status.MISSING) {
            assertTrue(access.related().get(0).quote().contains("Client and its auditors may"), access.toString());
            assertTrue(access.related().get(0).basis().startsWith("classifier:"));
        }
        Finding documentation = report.finding("documentation").orElseThrow();
        assertEquals(Status.MISSING, documentation.status());
        documentation.related().forEach(p -> assertEquals("similarity", p.basis()));
    }

    @Test
    void theJudgeTurnsAHeldCandidateIntoWeakEvidenceNeverMet() {
        ExtractedDocument document = TestDocuments.of(CONTRACT);
        DocumentStructure structure = StructureBuilder.build(document);
        PartyResolution parties = PartyResolver.resolve(document.text(), null);
        DocumentIndex index = DocumentIndex.build(document.text(), structure,
                RoleNormalizer.mentions(document.text(), parties));
        Playbook playbook = PlaybookLoader.loadDefault();
        Rule rule = playbook.rule("ip-ownership").orElseThrow();
        DocumentCandidates candidates = new DocumentCandidates(DocumentCandidates.of(index, structure).model(), index,
                structure);
        Finding missing = new Finding("ip-ownership", Status.MISSING, 0.7, List.of(), List.of(), "ask");
        CandidateJudge judge = new CandidateJudge(playbook);
        Finding reviewed = judge.review(missing, rule, candidates.closest("ip-ownership", 10), index, structure);
        assertNotEquals(Status.MET, reviewed.status());
        reviewed.evidence().forEach(e -> {
            assertEquals(EvidenceKind.WEAK, e.kind());
            assertTrue(e.patternId().startsWith("candidate+"), e.patternId());
        });
        Finding met = new Finding("ip-ownership", Status.MET, 0.9, List.of(), List.of(), "");
        assertEquals(met, judge.review(met, rule, candidates.closest("ip-ownership", 10), index, structure));
        assertTrue(CandidateJudge.enabled(), "on unless switched off");
    }
}
