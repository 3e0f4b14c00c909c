package org.clausecheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.clausecheck.cli.command.SlowAudits;
import picocli.CommandLine;

/** One in-process run of the command line, with what it printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        return run(false, args);
    }

    /** As a person at a terminal runs it: colours and live progress on. */
    static CommandRun onTerminal(String... args) {
        return run(true, args);
    }

    /** With an audit whose every extraction first waits this long. */
    static CommandRun withSlowExtraction(Duration wait, String... args) {
        return run(false, new SlowAudits(wait), args);
    }

    private static CommandRun run(boolean terminal, String... args) {
        return run(terminal, CommandLine.defaultFactory(), args);
    }

    private static CommandRun run(boolean terminal, CommandLine.IFactory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ClauseCheck.run(args, new PrintWriter(out, true), new PrintWriter(err, true), terminal, factory);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
