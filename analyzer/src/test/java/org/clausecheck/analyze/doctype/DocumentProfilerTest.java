package org.clausecheck.analyze.doctype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.TestDocuments;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.analyze.report.DocumentReport;
import org.clausecheck.analyze.report.FailLevel;
import org.clausecheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentProfilerTest {

    private static final ContractAnalyzer ANALYZER = new ContractAnalyzer();

    private static AnalysisReport analyze(String text) {
        return ANALYZER.analyze(TestDocuments.of(text), AnalysisOptions.defaults());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "MASTER SERVICES AGREEMENT|msa",
            "Services Agreement|psa",
            "Data Processing Addendum|dpa",
            "Mutual Non-Disclosure Agreement|nda",
            "Statement of Work No. 4|sow",
            "AI Addendum|ai-addendum",
            "Second Addendum|addendum",
            "Pilot Development Agreement|development",
            "Evaluation Agreement|pilot",
            "Cloud Service Agreement|software-licence",
            "Independent Contractor Agreement|consulting",
            "Employment Agreement|employment",
            "Memorandum|other"})
    void theTitleNamesTheTypeAndTheLongestNameWins(String title, String type) {
        AnalysisReport report = analyze(title + "\n\nThe Supplier shall perform the services described below.");
        assertEquals(type, report.profile().type(), report.profile().reason());
    }

    @Test
    void aFormWithoutABodyThatCallsItselfAStatementOfWorkIsOne() {
        String form = """
                Professional Services Agreement

                This SOW incorporates the Agreement between the parties dated 1 March 2025.

                Services: [Describe the services.]

                By signing this SOW, each party agrees to it. This SOW starts on the SOW Date.
                """;
        DocumentProfile profile = analyze(form).profile();
        assertEquals("sow", profile.type(), profile.reason());
        assertTrue(profile.reason().contains("no body of numbered terms"), profile.reason());
        assertEquals(List.of("the Agreement between the parties dated 1 March 2025"),
                profile.termsNotInFile().stream().map(IncorporatedTerms::name).toList());
    }

    @Test
    void withoutATitleTheVocabularyMayNameTheType() {
        String confidentiality = "The Receiving Party shall hold the Confidential Information of the Disclosing Party in "
                + "confidence. ";
        DocumentProfile profile = analyze(confidentiality.repeat(9)).profile();
        assertEquals("nda", profile.type(), profile.reason());
        assertTrue(profile.reason().contains("vocabulary"), profile.reason());
        assertEquals("other", analyze("The Supplier shall deliver the software.").profile().type());
    }

    @Test
    void namesTheTermsIncorporatedByReferenceThatTheFileDoesNotHold() {
        String orderForm = """
                Order Form

                This Order Form incorporates the Cloud Standard Terms Version 2.0 posted at https://example.com/terms \
                ("Standard Terms"). The Subscription is subject to the terms and conditions at \
                www.example.com/aup. This Order Form is issued under the Master Services Agreement dated \
                4 May 2024 between the parties.
                """;
        DocumentProfile profile = analyze(orderForm).profile();
        assertEquals("cover-page", profile.type(), profile.reason());
        assertEquals(List.of("the Cloud Standard Terms Version 2.0 at https://example.com/terms",
                        "the terms and conditions at www.example.com/aup",
                        "the Master Services Agreement dated 4 May 2024 between the parties"),
                profile.termsNotInFile().stream().map(IncorporatedTerms::name).toList());
    }

    @Test
    void termsAttachedOrTheDocumentsOwnAreInTheFile() {
        StringBuilder agreement = new StringBuilder("""
                Master Services Agreement

                This Agreement consists of the Key Terms and the Standard Terms posted at example.com/standard \
                ("Standard Terms"), which are incorporated by reference. A copy of the Standard Terms is attached.
                """);
        for (int i = 1; i <= 6; i++) {
            agreement.append("\n").append(i).append(". Clause ").append(i)
                    .append(". Each Statement of Work is governed by the Agreement.\n");
        }
        DocumentProfile profile = analyze(agreement.toString()).profile();
        assertEquals("msa", profile.type());
        assertEquals(List.of(), profile.termsNotInFile(), profile.incorporated().toString());
        assertEquals(List.of("the Standard Terms at example.com/standard"),
                profile.incorporated().stream().map(IncorporatedTerms::name).toList(),
                "the attached terms are listed, in the file; 'the Agreement' of an agreement is itself");

        DocumentProfile dpa = analyze("Data Processing Agreement\n\nThis DPA supplements the Agreement. Provider shall "
                + "process Customer Personal Data only on Customer's instructions.").profile();
        assertEquals(List.of("the Agreement"), dpa.termsNotInFile().stream().map(IncorporatedTerms::name).toList(),
                "in a type that supplements another agreement, 'the Agreement' is that other one");
    }

    @Test
    void aProtectionTheTypeDoesNotCarryKeepsItsStatusButIsNoGap() {
        String dpa = """
                Data Processing Agreement

                This DPA is made between Acme Corp. ("Customer") and Beta Labs LLC ("Provider").

                1. Provider shall process Customer Personal Data only on Customer's documented instructions.
                2. Provider shall not engage any subprocessor without Customer's prior written consent.
                """;
        AnalysisReport report = analyze(dpa);
        assertEquals("dpa", report.profile().type());
        assertEquals(Status.MISSING, report.finding("ip-ownership").orElseThrow().status(), "the status stays");
        assertFalse(report.expects("ip-ownership"));
        assertEquals("not expected in a data processing agreement", report.profile().notExpectedLabel());
        assertFalse(report.summary().requiredNotMet().contains("ip-ownership"));
        assertEquals(RiskLevel.LOW, report.summary().risk(), report.summary().requiredNotMet().toString());
        ExtractedDocument document = TestDocuments.of(dpa);
        CheckReport check = new CheckReport(PlaybookLoader.loadDefault(), List.of(DocumentReport.of(document, report)),
                List.of());
        assertFalse(FailLevel.MISSING.fails(check), "no gap at the default level");

        AnalysisReport services = analyze(dpa.replace("Data Processing Agreement", "Services Agreement")
                .replace("This DPA", "This Agreement"));
        assertEquals(RiskLevel.HIGH, services.summary().risk(), "the same terms as a services agreement have gaps");
    }

    @Test
    void everyRuleATypeNamesIsARuleOfTheDefaultPlaybook() {
        Set<String> rules = PlaybookLoader.loadDefault().rules().stream().map(Rule::id).collect(Collectors.toSet());
        for (DocumentType type : DocumentTypes.loadDefault().types()) {
            assertTrue(rules.containsAll(type.notExpected()), type.id() + ": " + type.notExpected());
            assertFalse(type.names().isEmpty(), type.id());
        }
    }
}
