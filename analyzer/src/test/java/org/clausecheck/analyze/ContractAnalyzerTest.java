package org.clausecheck.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

class ContractAnalyzerTest {

    private static final String CONTRACT = """
            DEVELOPMENT AGREEMENT

            This Development Agreement is made between Northwind Traders Inc., a Delaware corporation ("Company"), and Contoso Labs Ltd. ("Developer").

            1. Services. Developer shall develop the software described in Exhibit A. Company shall pay Developer the fees in Exhibit B.

            2. Ownership. Developer hereby assigns to Company all right, title and interest in the Deliverables. Developer shall retain all right, title and interest in all modifications and improvements to its platform developed under this Agreement.

            3. Transition. Upon termination Developer shall provide transition assistance to Company and its successor provider.
            """;

    private final ContractAnalyzer analyzer = new ContractAnalyzer();

    @Test
    void reportsPartiesFindingsEvidenceAndSummary() {
        ExtractedDocument document = TestDocuments.of(CONTRACT);
        AnalysisReport report = analyzer.analyze(document, AnalysisOptions.defaults());

        assertEquals("1.1.0", report.playbookVersion());
        assertEquals(11, report.findings().size());
        assertTrue(report.summary().parties().decided());
        assertEquals("Company", report.summary().parties().customer().orElseThrow().aliases().get(0));

        Finding ip = report.finding("ip-ownership").orElseThrow();
        // The contract grants and takes back: both pieces of evidence are shown, and it is not MET.
        assertEquals(Status.WEAK, ip.status(), ip.reasons().toString());
        assertTrue(ip.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.CONTRARY));
        assertTrue(ip.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.SATISFYING));
        assertFalse(ip.recommendation().isEmpty());
        for (Evidence evidence : ip.evidence()) {
            assertEquals(evidence.quote(), document.text().substring(evidence.start(), evidence.end()));
            assertEquals("2", evidence.sectionNumber());
            assertTrue(evidence.heading().contains("Ownership"), evidence.heading());
        }

        Finding transition = report.finding("knowledge-transfer").orElseThrow();
        assertEquals(Status.MET, transition.status());
        assertEquals("", transition.recommendation());
        assertEquals(Status.MISSING, report.finding("documentation").orElseThrow().status());
        assertEquals(RiskLevel.HIGH, report.summary().risk()); // two required protections missing
        assertEquals(report.findings().stream().filter(f -> f.status() == Status.MET).count(), report.summary().met());
    }

    @Test
    void customerOverrideTurnsTheVerdictAround() {
        ExtractedDocument document = TestDocuments.of(CONTRACT);
        AnalysisReport report = analyzer.analyze(document, AnalysisOptions.defaults().withCustomer("Contoso"));
        assertEquals("Developer", report.summary().parties().customer().orElseThrow().aliases().get(0));
        // Read from the developer's side, "Developer shall retain ..." is the protection and the assignment away
        // is no longer a grant to the customer.
        Finding ip = report.finding("ip-ownership").orElseThrow();
        assertTrue(ip.evidence().stream().noneMatch(e -> e.patternId().equals("present-assignment")), ip.reasons().toString());
    }

    @Test
    void outputIsDeterministic() {
        ExtractedDocument document = TestDocuments.of(CONTRACT);
        assertEquals(analyzer.analyze(document, AnalysisOptions.defaults()),
                new ContractAnalyzer().analyze(document, AnalysisOptions.defaults()));
    }
}
