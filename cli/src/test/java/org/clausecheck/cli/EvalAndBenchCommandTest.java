package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAndBenchCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void evalPrintsConfusionMatricesForLabelledContracts(@TempDir Path folder) throws IOException {
        Files.copy(SAMPLES.resolve("northwind-ai-development-agreement.txt"), folder.resolve("strong.txt"));
        Files.copy(SAMPLES.resolve("vendor-keeps-ip-saas-terms.pdf"), folder.resolve("vendor.pdf"));
        Path labels = Files.writeString(folder.resolve("labels.csv"),
                "id,roles_clear,customer,vendor,ip_ownership,ip_sections,documentation,doc_sections,"
                        + "environment_access,env_sections,knowledge_transfer,kt_sections,confidence,notes\n"
                        + "strong,yes,Customer,Vendor,CUSTOMER,3.1,FULL,4.1,PRESENT,5.1,PRESENT,8.1,high,\n"
                        + "vendor,yes,Customer,Provider,VENDOR,2,BASIC,4,ABSENT,,ABSENT,,high,\n");

        CommandRun run = CommandRun.of("eval", "--labels", labels.toString(), "--corpus", folder.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 contracts"), run.out());
        assertTrue(run.out().contains("== ip-ownership (all labels, 2 contracts)"), run.out());
        assertTrue(run.out().contains("presence: P "), run.out());
    }

    @Test
    void evalNamesAMissingLabelsFile() {
        CommandRun run = CommandRun.of("eval", "--labels", "no-such.csv", "--corpus", ".");
        assertEquals(ExitCode.ERROR.code(), run.exitCode());
        assertEquals("no-such.csv: no such file or folder", run.err().strip());
    }

    @Test
    void benchReportsMediansAndRatios(@TempDir Path folder) throws IOException {
        Files.copy(SAMPLES.resolve("we-you-ai-agency-terms.pdf"), folder.resolve("a.pdf"));

        CommandRun run = CommandRun.of("bench", folder.toString(), "--rounds", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*median over 1 rounds: PDFBox getText [0-9.]+ s, extraction [0-9.]+ s"
                + " \\([0-9.]+x PDFBox\\), analysis [0-9.]+ s \\([0-9.]+% of extraction\\); 1 files, 0 failed.*"),
                run.out());
    }
}
