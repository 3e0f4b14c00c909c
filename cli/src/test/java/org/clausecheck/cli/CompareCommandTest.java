package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare}: drafts made from a real agreement (the IP grant turned vendor-retains, a clause removed, an
 * obligation made "upon request") report each protection with the status {@code check} gives each draft alone.
 */
class CompareCommandTest {

    private static final Path NORTHWIND = Path.of("..", "samples", "northwind-ai-development-agreement.txt");
    /** A protection of compare's JSON: ruleId, before, after, change, in that order. */
    private static final Pattern PROTECTION = Pattern.compile("\"ruleId\" : \"([^\"]+)\",\\s*\"before\" : \"([A-Z]+)\","
            + "\\s*\"after\" : \"([A-Z]+)\",\\s*\"change\" : \"([a-z]+)\"");
    /** A finding of check's JSON: its ruleId, then (fields later) its status. */
    private static final Pattern FINDING = Pattern.compile("\"ruleId\" : \"([^\"]+)\",[^{}]*?\"status\" : \"([A-Z]+)\"");

    /** before, after, change of one protection. */
    record Row(String before, String after, String change) {
    }

    @TempDir
    Path temp;

    @Test
    void eachChangedProtectionHasTheStatusesCheckGivesEachDraft() throws Exception {
        String text = Files.readString(NORTHWIND);
        String changed = replaceLine(text, "3.1 ", "3.1 Vendor retains all right, title and interest in and to the"
                + " Deliverables, including all intellectual property rights, and grants Customer a non-exclusive"
                + " licence to use them.");
        changed = replaceLine(replaceLine(changed, "8.1 ", ""), "8.2 ", ""); // the knowledge-transfer clauses
        changed = replaceLine(changed, "4.1 ", "4.1 Vendor shall deliver documentation of the Deliverables to Customer"
                + " upon request.");
        changed = replaceLine(changed, "9.1 ", "9.1 This Agreement is governed by the laws of the State of Delaware.");
        Path draft = Files.writeString(temp.resolve("northwind-v2.txt"), changed);

        CommandRun run = CommandRun.of("compare", NORTHWIND.toString(), draft.toString(), "--format", "json");

        assertEquals(4, run.exitCode(), run.err());
        Map<String, Row> protections = new HashMap<>();
        Matcher m = PROTECTION.matcher(run.out());
        while (m.find()) {
            protections.put(m.group(1), new Row(m.group(2), m.group(3), m.group(4)));
        }
        Map<String, String> before = statuses(NORTHWIND);
        Map<String, String> after = statuses(draft);
        assertEquals(before.keySet(), protections.keySet(), run.out());
        protections.forEach((rule, row) -> {
            assertEquals(before.get(rule), row.before(), rule);
            assertEquals(after.get(rule), row.after(), rule);
        });
        assertEquals(new Row("MET", "CONTRARY", "opened"), protections.get("ip-ownership"));
        assertEquals(new Row("MET", "MISSING", "opened"), protections.get("knowledge-transfer"));
        // The documentation obligation made "upon request" is whatever check says of it (MET today): compare shows
        // the verdicts and changes none.
        assertEquals("unchanged", protections.get("confidentiality").change());

        // The clauses, by section, with the words that changed; the key term that changed.
        String json = run.out();
        assertTrue(json.contains("\"change\" : \"removed\",\n    \"section\" : \"8.1\""), json);
        assertTrue(json.contains("\"change\" : \"removed\",\n    \"section\" : \"8.2\""), json);
        assertTrue(json.contains("\"change\" : \"changed\",\n    \"section\" : \"3.1\""), json);
        assertTrue(json.contains("\"change\" : \"changed\",\n    \"section\" : \"4.1\""), json);
        assertTrue(json.matches("(?s).*\"kind\" : \"inserted\",\\s*\"text\" : \"[^\"]*upon request\\.\".*"), json);
        assertTrue(json.matches("(?s).*\"term\" : \"governing law\",\\s*\"before\" : \"[^\"]*New York[^\"]*\","
                + "\\s*\"after\" : \"[^\"]*Delaware[^\"]*\".*"), json);
        CommandRun plain = CommandRun.of("compare", NORTHWIND.toString(), draft.toString());
        assertTrue(plain.out().contains("Clauses: 0 added, 2 removed, 3 changed"), plain.out());
        assertTrue(plain.out().contains("changed 4.1: "), plain.out());
        assertTrue(plain.out().contains("upon request.+}"), plain.out());
    }

    @Test
    void markdownAndHtmlShowTheSameChanges() throws Exception {
        String changed = replaceLine(Files.readString(NORTHWIND), "9.1 ",
                "9.1 This Agreement is governed by the laws of the State of Delaware.");
        Path draft = Files.writeString(temp.resolve("northwind-law.txt"), changed);
        CommandRun markdown = CommandRun.of("compare", NORTHWIND.toString(), draft.toString(), "--format", "markdown");
        CommandRun html = CommandRun.of("compare", NORTHWIND.toString(), draft.toString(), "--format", "html");
        assertEquals(0, markdown.exitCode(), markdown.err());
        assertTrue(markdown.out().contains("## Clauses: 0 added, 0 removed, 1 changed"), markdown.out());
        assertTrue(markdown.out().contains("~~New York.~~ **Delaware.**"), markdown.out());
        assertTrue(html.out().contains("<del>New York.</del> <ins>Delaware.</ins>"), html.out());
        assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out());
    }

    /** One Word draft alone: before its tracked changes, then with them accepted, each as check reads it. */
    @Test
    void oneDocumentIsComparedBeforeAndAfterItsTrackedChanges() throws Exception {
        Path tracked = Path.of("..", "extractor", "src", "test", "resources", "documents", "outsourcing-agreement.docx");
        CommandRun run = CommandRun.of("compare", tracked.toString(), "--format", "json");

        Map<String, Row> protections = new HashMap<>();
        Matcher m = PROTECTION.matcher(run.out());
        while (m.find()) {
            protections.put(m.group(1), new Row(m.group(2), m.group(3), m.group(4)));
        }
        Map<String, String> original = statuses(tracked, "--original");
        Map<String, String> accepted = statuses(tracked);
        assertEquals(original.keySet(), protections.keySet(), run.out());
        protections.forEach((rule, row) -> {
            assertEquals(original.get(rule), row.before(), rule);
            assertEquals(accepted.get(rule), row.after(), rule);
        });
        assertEquals("CONTRARY", protections.get("ip-ownership").before(), run.out());
        assertTrue(run.out().contains("\"change\" : \"changed\""), run.out());
        CommandRun text = CommandRun.of("compare", NORTHWIND.toString());
        assertEquals(2, text.exitCode(), text.err());
        assertTrue(text.err().contains("only a Word document"), text.err());
    }

    @Test
    void aDraftComparedWithItselfIsUnchangedAndExitsZero() {
        CommandRun run = CommandRun.of("compare", NORTHWIND.toString(), NORTHWIND.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 better, 0 worse, 11 unchanged"), run.out());
    }

    @Test
    void anUnreadableDraftIsExitOne() {
        CommandRun run = CommandRun.of("compare", NORTHWIND.toString(), temp.resolve("missing.docx").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("missing.docx"), run.err());
    }

    private static Map<String, String> statuses(Path file, String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("check", file.toString(), "--format", "json", "--no-inventory"));
        arguments.addAll(List.of(options));
        CommandRun check = CommandRun.of(arguments.toArray(String[]::new));
        Map<String, String> statuses = new HashMap<>();
        Matcher m = FINDING.matcher(check.out());
        while (m.find()) {
            statuses.put(m.group(1), m.group(2));
        }
        return statuses;
    }

    private static String replaceLine(String text, String prefix, String replacement) {
        return text.lines().map(line -> line.startsWith(prefix) ? replacement : line)
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
