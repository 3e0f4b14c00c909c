package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playbook init} writes a playbook whose examples name their patterns; {@code validate} holds it to them. */
class PlaybookInitValidateTest {

    @Test
    void theCopyValidatesAndAnExampleWithoutItsMarkerFailsAtItsLine(@TempDir Path folder) throws IOException {
        CommandRun init = CommandRun.of("playbook", "init", folder.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().contains("decided-by"), init.out());
        Path playbook = folder.resolve("playbook.yaml");
        CommandRun valid = CommandRun.of("playbook", "validate", playbook.toString());
        assertEquals(0, valid.exitCode(), valid.err());
        assertTrue(valid.out().matches(".*: valid, 11 rules, all \\d+ examples pass\\R"), valid.out());

        List<String> lines = Files.readAllLines(playbook, StandardCharsets.UTF_8);
        int marker = lines.indexOf("        decided-by: copies-of-processes");
        assertTrue(marker > 0, "the default playbook has an example deciding copies-of-processes");
        lines.remove(marker);
        Files.write(playbook, lines, StandardCharsets.UTF_8);
        int example = marker - 1; // 1-based line of the example's "- text:", two lines above its marker
        assertTrue(lines.get(example - 1).startsWith("      - text:"), lines.get(example - 1));
        int pattern = lines.indexOf("      - id: copies-of-processes") + 1;

        CommandRun invalid = CommandRun.of("playbook", "validate", playbook.toString());

        assertEquals(ExitCode.ERROR.code(), invalid.exitCode());
        List<String> problems = invalid.err().lines().toList();
        assertTrue(problems.stream().anyMatch(p -> p.matches(".*playbook\\.yaml:" + example + ": rule documentation"
                + " example \\d+ \\(MET\\): no decided-by; name the pattern that must decide it")), invalid.err());
        assertTrue(problems.contains(playbook + ":" + pattern + ": rule documentation: satisfied pattern"
                + " copies-of-processes is decided by no example; add one whose decided-by names it"), invalid.err());
    }

    @Test
    void aMarkerNamingAPatternThatDoesNotDecideTheExampleFails(@TempDir Path folder) throws IOException {
        CommandRun init = CommandRun.of("playbook", "init", folder.toString());
        assertEquals(0, init.exitCode(), init.err());
        Path playbook = folder.resolve("playbook.yaml");
        String text = Files.readString(playbook, StandardCharsets.UTF_8);
        String marker = "        decided-by: work-made-for-hire\n";
        assertTrue(text.contains(marker));
        Files.writeString(playbook, text.replaceFirst(marker, "        decided-by: [work-made-for-hire, customer-owns]\n"),
                StandardCharsets.UTF_8);

        CommandRun invalid = CommandRun.of("playbook", "validate", playbook.toString());

        assertEquals(ExitCode.ERROR.code(), invalid.exitCode());
        assertTrue(invalid.err().matches("(?s).*: rule ip-ownership example \\d+: decided-by names customer-owns, but the"
                + " evidence that gives MET comes from work-made-for-hire for \"The Deliverables shall be deemed works"
                + " made for hire for Client under the Copyright Act\\.\".*"), invalid.err());
    }
}
