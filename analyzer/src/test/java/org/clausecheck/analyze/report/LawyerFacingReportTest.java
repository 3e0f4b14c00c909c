package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.AnalysisReport;
import org.clausecheck.analyze.ContractAnalyzer;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Severity;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * The reports as counsel reads them, on the bundled samples: the required gaps first in the HTML report, the
 * roles said in words rather than counters, and the evidence a MET rests on in every format.
 */
class LawyerFacingReportTest {

    private static final Path VENDOR_KEEPS_IP = Path.of("../samples/vendor-keeps-ip-saas-terms.pdf");
    private static final Path NORTHWIND = Path.of("../samples/northwind-ai-development-agreement.txt");

    @Test
    void htmlPutsEveryRequiredGapInFixFirstBeforeTheOtherProtections() throws Exception {
        CheckReport report = check(VENDOR_KEEPS_IP, AnalysisOptions.defaults());
        String html = render(new HtmlReportRenderer(), report);
        int fixFirst = html.indexOf("<h3 class=\"fix-first\">Fix first</h3>");
        int others = html.indexOf("<h3>Other protections</h3>");
        assertTrue(fixFirst > 0 && others > fixFirst, "no Fix first section before the other protections");
        List<Finding> findings = report.documents().get(0).analysis().findings();
        int requiredGaps = 0;
        for (Finding finding : findings) {
            String title = HtmlEscaper.escape(report.rule(finding.ruleId()).title());
            int article = html.indexOf("<span>" + title + "</span>");
            assertTrue(article > 0, "no article for " + finding.ruleId());
            boolean requiredGap = finding.status() != Status.MET
                    && report.rule(finding.ruleId()).severity() == Severity.REQUIRED
                    && report.documents().get(0).analysis().profile().expects(finding.ruleId());
            if (requiredGap) {
                requiredGaps++;
                assertTrue(article > fixFirst && article < others, finding.ruleId() + " is not under Fix first");
            } else {
                assertTrue(article > others, finding.ruleId() + " is under Fix first but is no required gap");
            }
        }
        assertTrue(requiredGaps > 0, "the sample has required gaps");
        assertTrue(html.contains(requiredGaps + " gaps to close before signing"), "the count of gaps is not said");
    }

    @Test
    void rolesAreSaidInWordsNotCounters() throws Exception {
        CheckReport report = check(VENDOR_KEEPS_IP, AnalysisOptions.defaults());
        String reason = report.documents().get(0).analysis().summary().parties().reason();
        assertTrue(reason.matches(".*performs \\d+x.*"),
                "the resolver's reason carries the counts the renderers put in words: " + reason);
        for (ReportRenderer renderer : List.of(new HtmlReportRenderer(), new TextReportRenderer(),
                new MarkdownReportRenderer())) {
            String output = render(renderer, report);
            assertTrue(output.contains("Cobalt Intelligence Ltd. is the vendor: it performs the services"),
                    renderer.name() + ": " + output);
            assertFalse(output.matches("(?s).*(performs|pays) \\d+x.*"), renderer.name() + " still shows counters");
        }
    }

    @Test
    void rolesGivenWithCustomerSayWhoGaveThem() throws Exception {
        CheckReport report = check(NORTHWIND, AnalysisOptions.defaults().withCustomer("Northwind"));
        String text = render(new TextReportRenderer(), report);
        assertTrue(text.contains("Brightline Data Labs S.R.L. is the vendor. Northwind Logistics, Inc. is the customer."
                + " Customer given by the user as \"Northwind\" (confidence 1.00)."), text);
    }

    @Test
    void everyFormatShowsTheEvidenceOfMetProtections() throws Exception {
        CheckReport report = check(NORTHWIND, AnalysisOptions.defaults());
        List<Finding> met = report.documents().get(0).analysis().findings().stream()
                .filter(finding -> finding.status() == Status.MET).toList();
        assertFalse(met.isEmpty(), "the sample meets protections");
        String text = render(new TextReportRenderer(), report);
        String markdown = render(new MarkdownReportRenderer(), report);
        String html = render(new HtmlReportRenderer(), report);
        for (Finding finding : met) {
            assertFalse(finding.evidence().isEmpty(), finding.ruleId());
            String quote = ReportText.shorten(ReportText.firstEvidence(finding).quote(), ReportText.QUOTE_LIMIT);
            assertTrue(text.contains("\u201C" + quote + "\u201D"), "text lacks the evidence of " + finding.ruleId());
            assertTrue(markdown.contains("> " + MarkdownEscaper.escape(quote)),
                    "markdown lacks the evidence of " + finding.ruleId());
            assertTrue(html.contains("<mark>"), "html marks no evidence");
        }
        assertTrue(text.contains("\n  Met\n"), text);
        assertTrue(markdown.contains("\n### Met\n"), markdown);
        assertFalse(text.substring(text.indexOf("\n  Met\n")).contains("Ask for:"), "a MET asks for nothing");
    }

    private static CheckReport check(Path file, AnalysisOptions options) throws Exception {
        ExtractedDocument document = new Extractor().extract(file);
        AnalysisReport analysis = new ContractAnalyzer().analyze(document, options);
        return new CheckReport(options.playbook(), List.of(DocumentReport.of(document, analysis)), List.of());
    }

    private static String render(ReportRenderer renderer, CheckReport report) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(report, RenderOptions.plain(), out);
        return out.toString();
    }
}
