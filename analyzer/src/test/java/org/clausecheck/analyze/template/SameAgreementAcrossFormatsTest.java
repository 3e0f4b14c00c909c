package org.clausecheck.analyze.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One agreement form (src/test/fixtures/templates: written as Markdown with inline HTML, turned into DOCX by pandoc
 * and into PDF by LibreOffice) gets the same verdicts and cites the same sections in every format.
 */
class SameAgreementAcrossFormatsTest {

    private static final List<String> FORMATS = List.of("md", "docx", "pdf");
    private static final Map<String, AnalysisReport> REPORTS = new LinkedHashMap<>();

    @BeforeAll
    static void analyseEveryFormat() throws Exception {
        ContractAnalyzer analyzer = new ContractAnalyzer();
        for (String format : FORMATS) {
            ExtractedDocument document = new Extractor().extract(fixture("development-agreement-form." + format));
            REPORTS.put(format, analyzer.analyze(document, AnalysisOptions.defaults()));
        }
        assertEquals(DocumentFormat.MARKDOWN, new Extractor().extract(fixture("development-agreement-form.md")).format());
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SameAgreementAcrossFormatsTest.class.getResource("/templates/" + name),
                name).toURI());
    }

    /** Per rule: the status and the kinds and sections of its evidence. */
    private static Map<String, String> verdicts(AnalysisReport report) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            TreeSet<String> evidence = new TreeSet<>();
            for (Evidence item : finding.evidence()) {
                evidence.add(item.kind() + " in section " + item.sectionNumber());
            }
            verdicts.put(finding.ruleId(), finding.status() + " " + evidence);
        }
        return verdicts;
    }

    @Test
    void everyFormatGivesTheSameVerdictsAndSections() {
        Map<String, String> markdown = verdicts(REPORTS.get("md"));
        for (String format : FORMATS) {
            assertEquals(markdown, verdicts(REPORTS.get(format)), format + " against md");
            assertEquals("development", REPORTS.get(format).profile().type(), format);
        }
    }

    @Test
    void theFormsMarksDecideAsTheyShould() {
        for (String format : FORMATS) {
            AnalysisReport report = REPORTS.get(format);
            Finding transfer = report.finding("knowledge-transfer").orElseThrow();
            assertEquals(Status.MISSING, transfer.status(), format + ": a note and an empty heading give nothing "
                    + transfer.reasons());
            Finding security = report.finding("security-controls").orElseThrow();
            assertEquals(Status.WEAK, security.status(), format);
            assertTrue(security.reasons().stream().anyMatch(r -> r.contains("depends on an election not made")
                    && r.contains("ISO 27001")), format + " " + security.reasons());
            assertEquals(Status.WEAK, report.finding("ip-ownership").orElseThrow().status(), format);
            assertEquals(Status.MET, report.finding("third-party-tools").orElseThrow().status(),
                    format + ": the ticked option stands, the other is not agreed");
            Finding documentation = report.finding("documentation").orElseThrow();
            assertEquals(Status.MET, documentation.status(), format);
            assertEquals("1.2", documentation.evidence().get(0).sectionNumber(), format);
            assertEquals(2, report.profile().template().openElections(), format);
        }
    }
}
