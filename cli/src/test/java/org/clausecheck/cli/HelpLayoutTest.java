package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help as a user reads it at 80 columns: examples whole on one line, never wrapped in a path. */
class HelpLayoutTest {

    @Test
    void everyExampleFitsOnOneLineOfTheHelp() {
        List<String> tooLong = new ArrayList<>();
        for (CommandLine command : allCommands(ClauseCheck.fullCommandLine())) {
            String[] args = command.getCommandSpec().qualifiedName(" ").replaceFirst("^clausecheck ?", "").split(" ");
            List<String> line = new ArrayList<>(List.of(args));
            line.removeIf(String::isEmpty);
            line.add("--help");
            CommandRun help = CommandRun.of(line.toArray(String[]::new));
            assertEquals(0, help.exitCode(), help.err());
            for (String example : command.getCommandSpec().usageMessage().footer()) {
                if (example.isBlank()) {
                    continue;
                }
                if (example.length() >= ClauseCheck.USAGE_WIDTH) {
                    tooLong.add(example.length() + ": " + example);
                }
                if (help.out().lines().noneMatch(shown -> shown.equals(example.stripTrailing()))) {
                    tooLong.add("not on one line in '" + String.join(" ", line) + "': " + example);
                }
            }
            help.out().lines().filter(shown -> shown.length() > ClauseCheck.USAGE_WIDTH)
                    .forEach(shown -> tooLong.add(shown.length() + ": " + shown));
        }
        assertTrue(tooLong.isEmpty(), "lines wider than " + ClauseCheck.USAGE_WIDTH + " columns:\n"
                + String.join("\n", tooLong));
    }

    @Test
    void theHelpSaysThatArgumentsCanComeFromAFile() {
        String help = CommandRun.of("--help").out();
        assertTrue(help.contains("'clausecheck check @review.args' reads"), help);
    }

    private static List<CommandLine> allCommands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        for (CommandLine sub : root.getSubcommands().values()) {
            if (!sub.getCommandSpec().name().equals("help")) {
                all.addAll(allCommands(sub));
            }
        }
        return all;
    }
}
