package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.playbook.Severity;
import org.junit.jupiter.api.Test;

class SarifReportRendererTest extends AbstractRendererTest {

    @Override
    ReportRenderer renderer() {
        return new SarifReportRenderer();
    }

    @Test
    void hasTheSarif210Skeleton() {
        Object root = JsonTree.parse(render(ReportFixtures.everyStatus()));
        assertEquals("2.1.0", JsonTree.at(root, "version"));
        assertEquals(SarifReportRenderer.SCHEMA, JsonTree.at(root, "$schema"));
        assertEquals(1, JsonTree.array(root, "runs").size());
        assertEquals("clausecheck", JsonTree.at(root, "runs", "0", "tool", "driver", "name"));
        assertEquals("utf16CodeUnits", JsonTree.at(root, "runs", "0", "columnKind"));
    }

    @Test
    void rulesComeFromThePlaybook() {
        Object root = JsonTree.parse(render(ReportFixtures.everyStatus()));
        List<Object> rules = JsonTree.array(root, "runs", "0", "tool", "driver", "rules");
        assertEquals(ReportFixtures.PLAYBOOK.rules().size(), rules.size());
        Map<String, Object> ip = JsonTree.object(rules.get(0));
        assertEquals("ip-ownership", ip.get("id"));
        assertEquals("IpOwnership", ip.get("name"));
        assertEquals("The customer owns the work product", JsonTree.at(ip, "shortDescription", "text"));
        assertEquals(ReportFixtures.PLAYBOOK.rules().get(0).rationale(), JsonTree.at(ip, "fullDescription", "text"));
        assertEquals(ReportFixtures.PLAYBOOK.rules().get(0).recommendation(), JsonTree.at(ip, "help", "text"));
        assertEquals("error", JsonTree.at(ip, "defaultConfiguration", "level"));
        assertEquals("warning", JsonTree.at(rules.get(4), "defaultConfiguration", "level"));
    }

    @Test
    void oneResultPerFindingThatIsNotMet() {
        Object root = JsonTree.parse(render(ReportFixtures.everyStatus()));
        List<Object> results = JsonTree.array(root, "runs", "0", "results");
        assertEquals(5 + 4, results.size());
        // First document (acme-msa.docx): ip-ownership MISSING, no evidence: the artifact only.
        Map<String, Object> missing = JsonTree.object(results.get(0));
        assertEquals("ip-ownership", missing.get("ruleId"));
        assertEquals("error", missing.get("level"));
        Map<String, Object> location = JsonTree.object(missing, "locations", "0", "physicalLocation");
        assertFalse(location.containsKey("region"));
        assertEquals("contracts/acme-msa.docx", JsonTree.at(location, "artifactLocation", "uri"));
        assertTrue(((String) JsonTree.at(missing, "message", "text")).startsWith("MISSING: "));
    }

    @Test
    void evidenceBecomesARegionWithOffsetsPageAndSection() {
        Object root = JsonTree.parse(render(ReportFixtures.everyStatus()));
        List<Object> results = JsonTree.array(root, "runs", "0", "results");
        Map<String, Object> contrary = JsonTree.object(results.get(4));
        assertEquals("ip-ownership", contrary.get("ruleId"));
        assertEquals("error", contrary.get("level"));
        Map<String, Object> location = JsonTree.object(contrary, "locations", "0", "physicalLocation");
        assertEquals("contracts/northwind%20agreement.pdf", JsonTree.at(location, "artifactLocation", "uri"));
        assertEquals(1L, JsonTree.at(location, "artifactLocation", "index"));
        String text = ReportFixtures.AGREEMENT_TEXT;
        String quote = (String) JsonTree.at(location, "region", "snippet", "text");
        long offset = (Long) JsonTree.at(location, "region", "charOffset");
        long length = (Long) JsonTree.at(location, "region", "charLength");
        assertEquals(quote, text.substring((int) offset, (int) (offset + length)));
        assertEquals(2L, JsonTree.at(location, "region", "properties", "page"));
        assertEquals("3.1", JsonTree.at(location, "region", "properties", "section"));
        assertEquals(7L, JsonTree.at(location, "region", "startLine"));
        assertEquals(5L, JsonTree.at(location, "region", "startColumn"));
        assertEquals(7L, JsonTree.at(location, "region", "endLine"));
        List<Object> related = JsonTree.array(contrary, "relatedLocations");
        assertEquals(1, related.size());
        assertEquals("3.2", JsonTree.at(related.get(0), "physicalLocation", "region", "properties", "section"));
    }

    @Test
    void linesAndColumnsCountEveryKindOfLineEnd() {
        String text = "ab\ncd\r\nef\rgh";
        assertEquals(new SarifReportRenderer.LineColumn(1, 1), SarifReportRenderer.LineColumn.of(text, 0));
        assertEquals(new SarifReportRenderer.LineColumn(2, 2), SarifReportRenderer.LineColumn.of(text, 4));
        assertEquals(new SarifReportRenderer.LineColumn(3, 1), SarifReportRenderer.LineColumn.of(text, 7));
        assertEquals(new SarifReportRenderer.LineColumn(4, 2), SarifReportRenderer.LineColumn.of(text, 11));
    }

    @Test
    void errorsAreToolExecutionNotifications() {
        Object root = JsonTree.parse(render(ReportFixtures.withErrors()));
        Map<String, Object> invocation = JsonTree.object(root, "runs", "0", "invocations", "0");
        assertEquals(false, invocation.get("executionSuccessful"));
        List<Object> notifications = JsonTree.array(invocation, "toolExecutionNotifications");
        assertEquals(2, notifications.size());
        assertEquals("error", JsonTree.at(notifications.get(0), "level"));
        assertEquals("contracts/locked.docx: document is encrypted", JsonTree.at(notifications.get(0), "message", "text"));
        assertEquals(List.of(), JsonTree.array(root, "runs", "0", "results"));
    }

    @Test
    void extractionWarningsAreWarningNotifications() {
        Object root = JsonTree.parse(render(ReportFixtures.everyStatus()));
        Map<String, Object> invocation = JsonTree.object(root, "runs", "0", "invocations", "0");
        assertEquals(true, invocation.get("executionSuccessful"));
        List<Object> notifications = JsonTree.array(invocation, "toolExecutionNotifications");
        assertEquals(2, notifications.size());
        assertEquals("warning", JsonTree.at(notifications.get(0), "level"));
        assertEquals("contracts/northwind agreement.pdf: read in part, page 4 could not be read. The review is"
                + " incomplete: MISSING means not found in the pages read.",
                JsonTree.at(notifications.get(0), "message", "text"));
        assertEquals("warning", JsonTree.at(notifications.get(1), "level"));
        assertEquals("contracts/northwind agreement.pdf: page 4: no text layer; the page was skipped",
                JsonTree.at(notifications.get(1), "message", "text"));
        assertEquals(1L, JsonTree.at(notifications.get(1), "locations", "0", "physicalLocation", "artifactLocation",
                "index"));
    }

    @Test
    void levelsFollowSeverityAndStatus() {
        assertEquals("error", SarifReportRenderer.level(Severity.REQUIRED, Status.MISSING));
        assertEquals("error", SarifReportRenderer.level(Severity.REQUIRED, Status.CONTRARY));
        assertEquals("warning", SarifReportRenderer.level(Severity.REQUIRED, Status.WEAK));
        assertEquals("warning", SarifReportRenderer.level(Severity.RECOMMENDED, Status.CONTRARY));
        assertEquals("warning", SarifReportRenderer.level(Severity.RECOMMENDED, Status.MISSING));
        assertEquals("note", SarifReportRenderer.level(Severity.RECOMMENDED, Status.WEAK));
    }

    @Test
    void fileNamesBecomeUriReferences() {
        assertEquals("contracts/a%20b%23c%3F.pdf", SarifReportRenderer.uri("contracts/a b#c?.pdf"));
        assertEquals("contracts/sub/x.docx", SarifReportRenderer.uri("contracts\\sub\\x.docx"));
        assertEquals("file:///srv/x.pdf", SarifReportRenderer.uri("/srv/x.pdf"));
        assertEquals("file:///C:/x.pdf", SarifReportRenderer.uri("C:\\x.pdf"));
        assertEquals("Vertr%C3%A4ge/x.pdf", SarifReportRenderer.uri("Vertr\u00E4ge/x.pdf"));
    }
}
