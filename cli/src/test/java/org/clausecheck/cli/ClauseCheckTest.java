package org.clausecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausecheck.cli.command.AuditCommand;
import org.junit.jupiter.api.Test;

/** The root command builds only the subcommand it runs, and still explains every command when asked. */
class ClauseCheckTest {

    @Test
    void buildsOnlyTheCommandNamedFirst() {
        assertEquals(List.of(AuditCommand.class), ClauseCheck.commandsFor(new String[] {"audit", "contracts/"}));
    }

    @Test
    void buildsEveryCommandForHelpOptionsFirstOrAnUnknownName() {
        int all = ClauseCheck.commandsFor(new String[0]).size();
        assertEquals(9, all);
        assertEquals(all, ClauseCheck.commandsFor(new String[] {"help", "audit"}).size());
        assertEquals(all, ClauseCheck.commandsFor(new String[] {"--verbose", "audit"}).size());
        assertEquals(all, ClauseCheck.commandsFor(new String[] {"audti"}).size());
    }

    @Test
    void helpListsEveryCommandAndExplainsOne() {
        CommandRun usage = CommandRun.of("--help");
        for (String command : List.of("check", "compare", "audit", "search", "extract", "playbook", "eval", "bench",
                "help")) {
            assertTrue(usage.out().contains("\n  " + command + " "), command + " in:\n" + usage.out());
        }
        CommandRun help = CommandRun.of("help", "audit");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Usage: clausecheck audit"), help.out());
    }

    @Test
    void aMisspeltCommandGetsASuggestion() {
        CommandRun run = CommandRun.of("audti", "contracts/");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Did you mean: clausecheck audit?"), run.err());
    }

    @Test
    void aCommandAloneStillTakesTheInheritedVerboseOption() {
        CommandRun run = CommandRun.of("extract", "--verbose", "no-such-file.pdf");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("no-such-file.pdf"), run.err());
    }
}
