package org.clausecheck.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Status labels per rule (eval/drafts/labels.csv's format) against what the default playbook says of two TXT files. */
class StatusLabelEvaluationTest {

    private static final String PREAMBLE = "This Development Agreement is made between Acme Corp. (\"Client\") and"
            + " Beta Labs LLC (\"Developer\").\n\n";

    @Test
    void countsAgreementPresenceAndFalseAssurancePerHalf(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("assigns.txt"), PREAMBLE
                + "1. Ownership. Developer hereby assigns to Client all right, title and interest in the Deliverables.\n");
        Files.writeString(folder.resolve("retains.txt"), PREAMBLE
                + "1. Ownership. Developer retains all right, title and interest in the Deliverables.\n");
        Files.writeString(folder.resolve("missing.txt"), PREAMBLE + "1. Fees. Client shall pay the fees.\n");
        Path labels = folder.resolve("labels.csv");
        Files.writeString(labels, """
                file,split,ip-ownership,notes
                assigns.txt,write,MET,plain assignment
                retains.txt,check,WEAK|CONTRARY,a reviewer could defend either
                missing.txt,check,MET,a label the text does not bear out
                gone.txt,check,MET,no such file
                """);
        assertTrue(StatusLabelEvaluation.reads(labels));

        StatusLabelEvaluation.Result result = new StatusLabelEvaluation(
                new AnalysisOptions(PlaybookLoader.loadDefault(), null)).run(labels, folder);

        assertEquals(List.of("ip-ownership"), result.rules());
        assertEquals(1, result.errors().size(), result.errors().toString());
        assertTrue(result.errors().get(0).startsWith("gone.txt: "), result.errors().toString());
        assertArrayEquals(new int[] {1, 1}, result.agreement("ip-ownership", "write"));
        assertArrayEquals(new int[] {1, 2}, result.agreement("ip-ownership", "check"), "CONTRARY is one of WEAK|CONTRARY");
        assertEquals(1.0, result.presence("ip-ownership", "write").f1(), 1e-9);
        assertEquals(0.0, result.presence("ip-ownership", "check").recall(), 1e-9, "the missing.txt label is missed");
        assertEquals(0, result.falseAssurance("ip-ownership", "all"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StatusLabelEvaluation.print(result, "all", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("3 contracts labelled per rule (1 write, 2 check), 1 errors"), printed);
        assertTrue(printed.contains("- [check] missing.txt | ip-ownership: label MET -> MISSING"), printed);
    }

    @Test
    void aLabelThatIsNoStatusIsAnErrorNamingTheFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.txt"), PREAMBLE + "1. Fees. Client shall pay the fees.\n");
        Path labels = folder.resolve("labels.csv");
        Files.writeString(labels, "file,split,ip-ownership\na.txt,write,PRESENT\n");
        StatusLabelEvaluation.Result result = new StatusLabelEvaluation(
                new AnalysisOptions(PlaybookLoader.loadDefault(), null)).run(labels, folder);
        assertEquals(List.of("a.txt: label 'PRESENT' for ip-ownership is none of MET, WEAK, CONTRARY, MISSING"),
                result.errors());
    }

    @Test
    void theCoreDevFormatIsNotThisOne(@TempDir Path folder) throws IOException {
        Path labels = folder.resolve("core.csv");
        Files.writeString(labels, "id,customer,vendor,ip_ownership\nX,Acme,Beta,MET\n");
        assertTrue(!StatusLabelEvaluation.reads(labels));
    }
}
