package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.analyze.playbook.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code playbook explain} tells the verdict {@code check} gives and the sentence and pattern it rests on, and shows
 * each match that was set aside with the reason.
 */
class PlaybookExplainCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Pattern FIELD = Pattern.compile("\"(status|pattern)\" : \"((?:[^\"\\\\]|\\\\.)*)\"");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.(pdf|docx|doc|txt)")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theDecisivePatternIsTheFirstEvidenceOfCheck(Path sample) {
        CommandRun check = CommandRun.of("check", sample.toString(), "--format", "json", "--no-inventory",
                "--fail-on", "never");
        assertEquals(0, check.exitCode(), check.err());
        Map<String, String[]> checked = statusAndFirstPattern(check.out());
        List<String> ids = PlaybookLoader.loadDefault().rules().stream().map(Rule::id).toList();
        assertEquals(ids, new ArrayList<>(checked.keySet()));
        int decided = 0;
        for (String rule : ids) {
            CommandRun explain = CommandRun.of("playbook", "explain", sample.toString(), "--rule", rule, "--format", "json");
            assertEquals(0, explain.exitCode(), explain.err());
            String[] expected = checked.get(rule);
            Matcher status = Pattern.compile("\"status\" : \"(\\w+)\"").matcher(explain.out());
            assertTrue(status.find());
            assertEquals(expected[0], status.group(1), sample + " " + rule);
            Matcher decisive = Pattern.compile("\"decisive\" : (null|\\{\\s*\"pattern\" : \"([^\"]+)\")")
                    .matcher(explain.out());
            assertTrue(decisive.find(), explain.out());
            assertEquals(expected[1], decisive.group(2), sample + " " + rule);
            if (expected[1] != null && decided++ == 0) {
                // The text output names the same pattern as decisive (once per sample: each run reads the file anew).
                CommandRun text = CommandRun.of("playbook", "explain", sample.toString(), "--rule", rule);
                assertTrue(text.out().contains("Decisive: pattern " + expected[1] + " ("), text.out());
            }
        }
        assertTrue(decided > 0, sample + ": no rule found evidence, so nothing was compared");
    }

    /**
     * With --customer naming the vendor, the roles swap and verdicts change: explain reads the contract with the same
     * override as check and gives check's verdict for every rule of the default playbook.
     */
    @Test
    void withTheRolesSwappedByCustomerExplainStillGivesChecksVerdict() {
        String sample = SAMPLES.resolve("northwind-ai-development-agreement.txt").toString();
        Map<String, String[]> usual = statusAndFirstPattern(CommandRun.of("check", sample, "--format", "json",
                "--no-inventory", "--fail-on", "never").out());
        CommandRun check = CommandRun.of("check", sample, "--format", "json", "--no-inventory", "--fail-on", "never",
                "--customer", "Vendor");
        assertEquals(0, check.exitCode(), check.err());
        Map<String, String[]> swapped = statusAndFirstPattern(check.out());
        assertEquals(usual.keySet(), swapped.keySet());
        int changed = 0;
        for (String rule : swapped.keySet()) {
            CommandRun explain = CommandRun.of("playbook", "explain", sample, "--rule", rule, "--format", "json",
                    "--customer", "Vendor");
            assertEquals(0, explain.exitCode(), explain.err());
            Matcher status = Pattern.compile("\"status\" : \"(\\w+)\"").matcher(explain.out());
            assertTrue(status.find(), explain.out());
            assertEquals(swapped.get(rule)[0], status.group(1), rule);
            changed += swapped.get(rule)[0].equals(usual.get(rule)[0]) ? 0 : 1;
        }
        assertTrue(changed > 0, "--customer Vendor changed no verdict, so the override was not compared");
    }

    @Test
    void negationExceptionScopeAndDirectionAreShownSentenceBySentence(@TempDir Path folder) throws IOException {
        Path contract = folder.resolve("draft.txt");
        Files.writeString(contract, """
                This Services Agreement is made between Acme Corp. ("Client") and Beta Labs LLC ("Supplier").

                1. Definitions

                1.1 "Deliverables" means all work product that Supplier hereby assigns to Client.

                2. Intellectual Property

                2.1 Supplier does not assign to Client any rights in the Deliverables.

                2.2 Client hereby assigns to Supplier all intellectual property rights in the Deliverables.
                """, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("playbook", "explain", contract.toString(), "--rule", "ip-ownership");

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("Verdict: CONTRARY"), out);
        assertTrue(out.contains("Decisive: pattern customer-assigns-to-vendor (contrary evidence) in section 2.2"), out);
        assertTrue(out.contains("Parties: customer Acme Corp. (\"Client\"), vendor Beta Labs LLC (\"Supplier\")"), out);
        List<String> lines = out.lines().toList();
        assertEquals("    present-assignment (satisfied): cancelled by negation; the cue \"not\"",
                after(lines, "Supplier does not assign to Client any rights"), out);
        assertTrue(after(lines, "\"Deliverables\" means all work product")
                .matches("    present-assignment(-implied)? \\(satisfied\\): ignored: out of scope; a definition"), out);
        assertTrue(block(lines, "Client hereby assigns to Supplier").contains("    present-assignment (satisfied): matches"
                + " only with the parties' roles swapped; with customer and vendor swapped it would be satisfying"
                + " evidence: said of the other party"), out);
        assertTrue(out.contains("      pattern: The vendor assigns or transfers IP or work product to the customer."), out);
    }

    @Test
    void anUnknownOrMissingRuleIsAUsageErrorListingTheValidIds() {
        String sample = SAMPLES.resolve("northwind-ai-development-agreement.txt").toString();
        CommandRun unknown = CommandRun.of("playbook", "explain", sample, "--rule", "ip-owner");
        assertEquals(ExitCode.USAGE.code(), unknown.exitCode());
        assertTrue(unknown.err().contains("unknown rule id 'ip-owner'; valid ids: ip-ownership, documentation,"),
                unknown.err());
        assertEquals("", unknown.out());

        CommandRun missing = CommandRun.of("playbook", "explain", sample);
        assertEquals(ExitCode.USAGE.code(), missing.exitCode());
        assertTrue(missing.err().contains("--rule"), missing.err());
    }

    @Test
    void anUnreadableFileIsOneLineNamingIt(@TempDir Path folder) {
        Path encrypted = Path.of("..", "extractor", "src", "test", "resources", "documents", "encrypted.pdf");
        CommandRun run = CommandRun.of("playbook", "explain", encrypted.toString(), "--rule", "ip-ownership");
        assertEquals(ExitCode.ERROR.code(), run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("encrypted.pdf") && run.err().contains("encrypted"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());

        CommandRun absent = CommandRun.of("playbook", "explain", folder.resolve("absent.pdf").toString(), "--rule",
                "ip-ownership");
        assertEquals(ExitCode.ERROR.code(), absent.exitCode());
        assertTrue(absent.err().contains("absent.pdf"), absent.err());
    }

    @Test
    void aCustomerTheContractDoesNotNameIsAUsageError() {
        String sample = SAMPLES.resolve("northwind-ai-development-agreement.txt").toString();
        CommandRun run = CommandRun.of("playbook", "explain", sample, "--rule", "ip-ownership", "--customer", "Globex");
        assertEquals(ExitCode.USAGE.code(), run.exitCode());
        assertTrue(run.err().contains("--customer \"Globex\" does not occur in the contract"), run.err());
    }

    /** Per rule of a check JSON report: its status and the pattern of its first evidence (null without evidence). */
    private static Map<String, String[]> statusAndFirstPattern(String json) {
        Map<String, String[]> byRule = new LinkedHashMap<>();
        String[] findings = json.split("\"ruleId\" : \"");
        for (int i = 1; i < findings.length; i++) {
            String finding = findings[i];
            String rule = finding.substring(0, finding.indexOf('"'));
            String status = null;
            String pattern = null;
            Matcher field = FIELD.matcher(finding);
            while (field.find()) {
                if (field.group(1).equals("status") && status == null) {
                    status = field.group(2);
                } else if (field.group(1).equals("pattern") && pattern == null) {
                    pattern = field.group(2);
                }
            }
            byRule.put(rule, new String[] {status, pattern});
        }
        return byRule;
    }

    /** The first line after the sentence line that quotes {@code sentence}. */
    private static String after(List<String> lines, String sentence) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("  [") && lines.get(i).contains(sentence)) {
                return lines.get(i + 1);
            }
        }
        return "(no sentence quoting " + sentence + ")";
    }

    /** The lines under the sentence line that quotes {@code sentence}, up to the next sentence. */
    private static List<String> block(List<String> lines, String sentence) {
        List<String> block = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("  [")) {
                in = line.contains(sentence);
            } else if (in) {
                block.add(line);
            }
        }
        return block;
    }
}
