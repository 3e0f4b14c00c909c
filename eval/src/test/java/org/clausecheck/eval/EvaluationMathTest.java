package org.clausecheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.clausecheck.analyze.finding.Status;
import org.junit.jupiter.api.Test;

class EvaluationMathTest {

    @Test
    void labelsMapToStatuses() {
        assertEquals(Status.MET, LabelMapping.status("CUSTOMER"));
        assertEquals(Status.WEAK, LabelMapping.status("training"));
        assertEquals(Status.CONTRARY, LabelMapping.status("JOINT"));
        assertEquals(Status.MISSING, LabelMapping.status("ABSENT"));
        assertThrows(IllegalArgumentException.class, () -> LabelMapping.status("MAYBE"));
    }

    @Test
    void presenceAndFalseAssurance() {
        ConfusionMatrix matrix = new ConfusionMatrix();
        matrix.add(Status.MET, Status.MET);
        matrix.add(Status.WEAK, Status.MET);
        matrix.add(Status.MET, Status.MISSING);
        matrix.add(Status.MISSING, Status.MET);
        matrix.add(Status.CONTRARY, Status.MET);
        matrix.add(Status.CONTRARY, Status.WEAK);
        matrix.add(Status.MISSING, Status.MISSING);
        Scores presence = matrix.presence();
        assertEquals(2, presence.truePositives());
        assertEquals(3, presence.falsePositives());
        assertEquals(1, presence.falseNegatives());
        assertEquals(2.0 * (0.4 * 2 / 3.0) / (0.4 + 2 / 3.0), presence.f1(), 1e-9);
        assertEquals(2, matrix.falseAssurance());
        assertEquals(7, matrix.total());
        assertEquals(2, matrix.exact());
    }

    @Test
    void csvWithQuotesCommasAndLineBreaks() {
        List<Map<String, String>> rows = Csv.parse("id,name,notes\r\na,\"Acme, Inc.\",\"said \"\"hi\"\"\nthen\"\nb,Beta,\n");
        assertEquals(2, rows.size());
        assertEquals("Acme, Inc.", rows.get(0).get("name"));
        assertEquals("said \"hi\"\nthen", rows.get(0).get("notes"));
        assertEquals("", rows.get(1).get("notes"));
    }
}
