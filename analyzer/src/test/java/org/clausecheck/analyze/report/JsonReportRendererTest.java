package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportRendererTest extends AbstractRendererTest {

    @Override
    ReportRenderer renderer() {
        return new JsonReportRenderer();
    }

    @Test
    void isValidJsonWithTheFormatVersion() {
        Map<String, Object> root = JsonTree.object(JsonTree.parse(render(ReportFixtures.everyStatus())));
        assertEquals((long) JsonReportRenderer.FORMAT_VERSION, root.get("formatVersion"));
        assertEquals(2, JsonTree.array(root, "documents").size());
    }
}
