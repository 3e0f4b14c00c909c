package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playbook coverage} on contracts and a playbook written here: what each word of the playbook decides. */
class PlaybookCoverageCommandTest {

    private static final String PREAMBLE =
            "This Hosting Agreement is made between Acme Corp. (\"Client\") and Beta Labs LLC (\"Supplier\").\n\n";

    private static final String PLAYBOOK = """
            version: "1"
            name: access only
            groups:
              systems: any(server*, repositor*, webdav)
            rules:
              - id: environment-access
                title: The customer has access
                category: core
                severity: required
                rationale: R
                recommendation: Ask for access.
                satisfied:
                  - id: customer-access
                    match: ordered(8, CUSTOMER, any(access, inspect*), @systems)
                contrary:
                  - id: vendor-only
                    match: ordered(10, access, "restricted to", VENDOR)
            """;

    /** Three contracts, a labels file (as core-dev) and the corpus's kinds of agreement (as CUAD's labels.csv). */
    private static Path corpus(Path folder) throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(corpus.resolve("hosting-one.txt"), PREAMBLE + "Client shall have access to the WebDAV folders.");
        Files.writeString(corpus.resolve("hosting-two.txt"), PREAMBLE + "Client may inspect the servers at any time.");
        Files.writeString(corpus.resolve("service.txt"), PREAMBLE + "Client shall have access to the servers.");
        Files.writeString(corpus.resolve("labels.csv"), "id,agreement_type\nhosting-one,Hosting\nhosting-two,Hosting\n"
                + "service,Service\n");
        return corpus;
    }

    @Test
    void listsWhatFiresInOneContractWithItsIds(@TempDir Path folder) throws IOException {
        Path corpus = corpus(folder);
        Path playbook = Files.writeString(folder.resolve("playbook.yaml"), PLAYBOOK);

        CommandRun run = CommandRun.of("playbook", "coverage", "--corpus", corpus.toString(), "--playbook",
                playbook.toString());

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("access only 1 over 3 contracts"), out);
        assertTrue(out.contains("kinds of agreement: agreement_type of " + corpus.resolve("labels.csv")), out);
        assertTrue(out.matches("(?s).*\n\\s+3\\s+3\\s+environment-access/satisfied/customer-access\n.*"), out);
        assertTrue(out.matches("(?s).*\n  @systems any#1 webdav\n      fires in hosting-one \\[(write|check)\\]\n"
                + "      decides hosting-one \\[(write|check)\\]: environment-access MET->MISSING\n.*"), out);
        assertTrue(out.contains("  environment-access/satisfied/customer-access any#1 inspect*\n"
                + "      fires in hosting-two ["), out);
        assertTrue(out.contains("\n  environment-access/contrary/vendor-only\n"), "never fires: " + out);
    }

    @Test
    void labelsNarrowTheContractsAndFormatsGoToFiles(@TempDir Path folder) throws IOException {
        Path corpus = corpus(folder);
        Path playbook = Files.writeString(folder.resolve("playbook.yaml"), PLAYBOOK);
        Path labels = Files.writeString(folder.resolve("core.csv"), "id,environment_access\nhosting-one,PRESENT\n"
                + "service,ABSENT\n");
        Path csv = folder.resolve("coverage.csv");

        CommandRun run = CommandRun.of("playbook", "coverage", "--corpus", corpus.toString(), "--labels",
                labels.toString(), "--playbook", playbook.toString(), "--format", "CSV", "-o", csv.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("unit,kind,rule,list,name,part,any_list,entry,role,fires,decides,flag,keeps_right,"
                + "keeps_wrong,kinds,fires_in,decides_in\r\n"), written);
        // hosting-one is labelled PRESENT (MET) and needs customer-access; service is labelled ABSENT
        assertTrue(written.matches("(?s).*\r\nenvironment-access/satisfied/customer-access,pattern,environment-access,"
                + "satisfied,customer-access,,,,,2,2,,1,1,Hosting \\| Service,.*"), written);
        assertTrue(!written.contains("hosting-two"), "not in the labels file: " + written);

        CommandRun json = CommandRun.of("playbook", "coverage", "--corpus", corpus.toString(), "--split", "all",
                "--playbook", playbook.toString(), "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"formatVersion\" : 1"), json.out());
        assertTrue(json.out().contains("\"unit\" : \"@systems any#1 server*\""), json.out());
    }

    @Test
    void badInputIsOneLine(@TempDir Path folder) throws IOException {
        CommandRun missing = CommandRun.of("playbook", "coverage", "--corpus", folder.resolve("nowhere").toString());
        assertEquals(ExitCode.ERROR.code(), missing.exitCode());
        assertEquals(folder.resolve("nowhere") + ": no such file or folder", missing.err().strip());

        CommandRun format = CommandRun.of("playbook", "coverage", "--corpus", folder.toString(), "--format", "xml");
        assertEquals(ExitCode.USAGE.code(), format.exitCode());
        assertTrue(format.err().startsWith("clausecheck: --format xml is not one of text, csv, json"), format.err());

        Path labels = Files.writeString(folder.resolve("bad.csv"), "id,environment_access\nx,SOMETIMES\n");
        CommandRun badLabel = CommandRun.of("playbook", "coverage", "--corpus", folder.toString(), "--labels",
                labels.toString());
        assertEquals(ExitCode.ERROR.code(), badLabel.exitCode());
        assertEquals(1, badLabel.err().strip().lines().count(), badLabel.err());
        assertTrue(badLabel.err().contains(labels + ": contract x: unknown label 'SOMETIMES'"), badLabel.err());
    }
}
