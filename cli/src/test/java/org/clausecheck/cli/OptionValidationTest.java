package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options are checked once, before any contract is read: a playbook that does not load or validate, an empty
 * --customer and options that cannot apply together are exit code 2 and one line; eval measures what --only selects
 * and fails when contracts cannot be measured.
 */
class OptionValidationTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final String NORTHWIND = SAMPLES.resolve("northwind-ai-development-agreement.txt").toString();
    private static final Path DRAFTS = Path.of("..", "eval", "drafts");

    @TempDir
    static Path temp;
    static String brokenYaml;
    static String invalidPlaybook;
    static String missingContract;
    static String twoDraftLabels;

    @BeforeAll
    static void writeFiles() throws IOException {
        brokenYaml = Files.writeString(temp.resolve("broken.yaml"), "name: x\nrules: [\n").toString();
        // Loads, but an analysis cannot run it: no contrary pattern, no examples.
        invalidPlaybook = Files.writeString(temp.resolve("invalid.yaml"), """
                version: "1"
                name: invalid
                rules:
                  - id: environment-access
                    title: The customer has access
                    category: core
                    severity: required
                    rationale: R
                    recommendation: Ask for access.
                    satisfied:
                      - id: customer-access
                        match: ordered(8, CUSTOMER, access)
                """).toString();
        missingContract = temp.resolve("not-there.pdf").toString();
        twoDraftLabels = Files.writeString(temp.resolve("two-drafts.csv"), String.join("\n",
                Files.readAllLines(DRAFTS.resolve("labels.csv")).subList(0, 3)) + "\n").toString();
    }

    @Test
    void anInvalidPlaybookIsOneUsageLineBeforeAnyFileIsRead() {
        for (String[] line : List.of(
                new String[] {"check", missingContract, NORTHWIND, "--playbook", invalidPlaybook},
                new String[] {"audit", missingContract, "--index", temp.resolve("index").toString(), "--playbook",
                        invalidPlaybook},
                new String[] {"eval", "--labels", twoDraftLabels, "--corpus", DRAFTS.toString(), "--playbook",
                        invalidPlaybook})) {
            CommandRun run = CommandRun.of(line);
            assertEquals(ExitCode.USAGE.code(), run.exitCode(), line[0] + ": " + run.err());
            // one line, about the playbook only: the missing contract was never looked at
            assertEquals(List.of("clausecheck: --playbook " + invalidPlaybook + ": invalid playbook: rule"
                    + " environment-access: 0 examples, at least 6 needed (and 5 more problems); 'clausecheck playbook"
                    + " validate " + invalidPlaybook + "' lists each with its line"), run.err().lines().toList(), line[0]);
            assertEquals("", run.out(), line[0]);
        }
    }

    @Test
    void aPlaybookThatDoesNotLoadIsOneUsageLineOnEveryCommandThatTakesOne() {
        for (String[] line : List.of(new String[] {"check", missingContract}, new String[] {"playbook", "list"},
                new String[] {"eval", "--labels", twoDraftLabels, "--corpus", DRAFTS.toString()})) {
            String[] withPlaybook = java.util.stream.Stream.concat(java.util.Arrays.stream(line),
                    java.util.stream.Stream.of("--playbook", brokenYaml)).toArray(String[]::new);
            CommandRun run = CommandRun.of(withPlaybook);
            assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("clausecheck: --playbook " + brokenYaml + ": not valid YAML: line 3"),
                    run.err());
        }
        CommandRun absent = CommandRun.of("check", NORTHWIND, "--playbook", temp.resolve("absent.yaml").toString());
        assertEquals(ExitCode.USAGE.code(), absent.exitCode());
        assertEquals("clausecheck: --playbook " + temp.resolve("absent.yaml") + ": cannot be read: no such file",
                absent.err().strip());
    }

    @Test
    void anEmptyCustomerIsAUsageErrorOnEveryCommandThatTakesIt() {
        for (String[] line : List.of(new String[] {"check", NORTHWIND, "--customer", " "},
                new String[] {"audit", NORTHWIND, "--index", temp.resolve("index-empty").toString(), "--customer", ""},
                new String[] {"eval", "--labels", twoDraftLabels, "--corpus", DRAFTS.toString(), "--customer", " "})) {
            CommandRun run = CommandRun.of(line);
            assertEquals(ExitCode.USAGE.code(), run.exitCode(), line[0] + ": " + run.err());
            assertEquals("clausecheck: --customer is empty; give a name, short name or role word of the customer as"
                    + " the contract writes it", run.err().strip(), line[0]);
        }
    }

    @Test
    void aCustomerNoContractNamesIsExitCodeTwoOnEveryCommand() {
        String nobody = "Nobody Holdings";
        List<String[]> lines = List.of(new String[] {"check", NORTHWIND, "--customer", nobody},
                new String[] {"audit", NORTHWIND, "--index", temp.resolve("index-nobody").toString(), "--customer",
                        nobody},
                new String[] {"eval", "--labels", twoDraftLabels, "--corpus", DRAFTS.toString(), "--only",
                        "ip-ownership", "--customer", nobody});
        for (String[] line : lines) {
            CommandRun run = CommandRun.of(line);
            assertEquals(ExitCode.USAGE.code(), run.exitCode(), line[0] + ": " + run.err());
            assertTrue(run.err().contains("--customer \"" + nobody + "\" does not occur in the contract"),
                    line[0] + ": " + run.err());
        }
    }

    @Test
    void evalOnlyMeasuresTheCoreRuleSelected(@TempDir Path folder) throws IOException {
        Files.copy(SAMPLES.resolve("vendor-keeps-ip-saas-terms.pdf"), folder.resolve("vendor.pdf"));
        Path labels = Files.writeString(folder.resolve("labels.csv"),
                "id,roles_clear,customer,vendor,ip_ownership,ip_sections,documentation,doc_sections,"
                        + "environment_access,env_sections,knowledge_transfer,kt_sections,confidence,notes\n"
                        + "vendor,yes,Customer,Provider,VENDOR,2,BASIC,4,ABSENT,,ABSENT,,high,\n");

        CommandRun run = CommandRun.of("eval", "--labels", labels.toString(), "--corpus", folder.toString(), "--only",
                "documentation");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("== documentation (all labels, 1 contracts)"), run.out());
        assertFalse(run.out().contains("ip-ownership"), run.out());
        assertFalse(run.out().contains("vendor-keeps-IP"), run.out());

        CommandRun none = CommandRun.of("eval", "--labels", labels.toString(), "--corpus", folder.toString(), "--only",
                "no-training");
        assertEquals(ExitCode.USAGE.code(), none.exitCode());
        assertEquals("clausecheck: the rules to apply (no-training) include none that " + labels + " labels",
                none.err().strip());
    }

    @Test
    void evalRefusesOptionsItsMeasurementCannotApply() {
        String labels = twoDraftLabels;
        for (String[] refused : List.of(new String[] {"--cuad", "--only", "ip-ownership"},
                new String[] {"--cuad", "--playbook", invalidPlaybook}, new String[] {"--cuad", "--customer", "Acme"},
                new String[] {"--spans", "--customer", "Acme"}, new String[] {"--spans", "--split", "write"})) {
            CommandRun run = CommandRun.of(java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("eval", "--labels", labels, "--corpus", DRAFTS.toString()),
                    java.util.Arrays.stream(refused)).toArray(String[]::new));
            assertEquals(ExitCode.USAGE.code(), run.exitCode(), String.join(" ", refused) + ": " + run.err());
            assertTrue(run.err().startsWith("clausecheck: " + refused[1] + " cannot apply to " + refused[0] + ", "),
                    run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
        CommandRun both = CommandRun.of("eval", "--labels", labels, "--corpus", DRAFTS.toString(), "--cuad", "--spans");
        assertEquals(ExitCode.USAGE.code(), both.exitCode());
        assertEquals("clausecheck: --cuad, --cuad-inventory and --spans are three measurements; give one", both.err().strip());
    }

    @Test
    void evalFailsWhenContractsCannotBeMeasuredAndSaysWhyForEach(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("empty.pdf"), new byte[0]);
        Files.writeString(folder.resolve("truncated.pdf"), "%PDF-1.4 nothing more");
        Path perRule = Files.writeString(folder.resolve("per-rule.csv"), "file,split,ip-ownership\n"
                + "empty.pdf,write,MET\ntruncated.pdf,check,MET\ngone.pdf,check,MET\n");
        Path core = Files.writeString(folder.resolve("core.csv"), "id,ip_ownership,documentation,environment_access,"
                + "knowledge_transfer,confidence\nempty,CUSTOMER,ABSENT,ABSENT,ABSENT,high\n");

        CommandRun run = CommandRun.of("eval", "--labels", perRule.toString(), "--corpus", folder.toString());
        assertEquals(ExitCode.ERROR.code(), run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("clausecheck: empty.pdf: ") && lines.get(0).contains("empty (0 bytes)"),
                run.err());
        assertTrue(lines.get(1).startsWith("clausecheck: truncated.pdf: ") && lines.get(1).contains("truncated"),
                run.err());
        assertTrue(lines.get(2).startsWith("clausecheck: gone.pdf: ") && lines.get(2).contains("no such file"),
                run.err());
        assertFalse(run.out().contains("null"), run.out());

        CommandRun coreRun = CommandRun.of("eval", "--labels", core.toString(), "--corpus", folder.toString());
        assertEquals(ExitCode.ERROR.code(), coreRun.exitCode(), coreRun.err());
        // the reason as the extractor words it, not the exception's class name
        assertTrue(coreRun.err().strip().matches("clausecheck: empty: \\S+empty.pdf: the file is empty \\(0 bytes\\)"),
                coreRun.err());
    }

    @Test
    void playbookValidateAndInitRefuseThePlaybookOptionTheyHaveNoUseFor() {
        CommandRun validate = CommandRun.of("playbook", "validate", invalidPlaybook, "--playbook", brokenYaml);
        assertEquals(ExitCode.USAGE.code(), validate.exitCode());
        assertEquals("clausecheck: --playbook does not apply to 'playbook validate'; name the file to validate as its"
                + " argument", validate.err().strip());
        CommandRun init = CommandRun.of("playbook", "init", temp.resolve("init").toString(), "--playbook", brokenYaml);
        assertEquals(ExitCode.USAGE.code(), init.exitCode());
        assertFalse(Files.exists(temp.resolve("init")), "nothing written");
    }

    @Test
    void searchRefusesAnUnknownCategoryABadDateAndInventoryFiltersOnAnIndexWithoutInventory() {
        String index = temp.resolve("no-inventory-index").toString();
        CommandRun audit = CommandRun.of("audit", NORTHWIND, "--index", index, "--no-inventory", "--fail-on", "never");
        assertEquals(0, audit.exitCode(), audit.err());

        CommandRun unknown = CommandRun.of("search", "--index", index, "--category", "Change of Ownership");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("'Change of Ownership' is not one of CUAD's categories: Most Favored Nation,"),
                unknown.err());
        assertTrue(unknown.err().contains("Change Of Control"), "the valid names are listed: " + unknown.err());

        CommandRun badDate = CommandRun.of("search", "--index", index, "--expires-before", "30/06/2027");
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("'30/06/2027' is not a date as yyyy-mm-dd"), badDate.err());

        CommandRun emptyRange = CommandRun.of("search", "--index", index, "--expires-before", "2027-01-01",
                "--expires-after", "2027-06-30");
        assertEquals(2, emptyRange.exitCode());
        assertTrue(emptyRange.err().contains("--expires-after 2027-06-30 must be earlier than --expires-before"),
                emptyRange.err());

        CommandRun withoutInventory = CommandRun.of("search", "--index", index, "--governing-law", "New York");
        assertEquals(2, withoutInventory.exitCode());
        assertTrue(withoutInventory.err().contains("the index holds no clause inventory"), withoutInventory.err());
        assertFalse(withoutInventory.err().contains("\tat "), "no stack trace");
    }

    @Test
    void versionOnASubcommandPrintsTheVersion() {
        for (String[] line : List.of(new String[] {"check", "-V"}, new String[] {"playbook", "coverage", "--version"})) {
            CommandRun run = CommandRun.of(line);
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("clausecheck 0."), String.join(" ", line) + " printed: " + run.out());
        }
    }
}
