package org.clausecheck.cli.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The root's inherited {@code --quiet}, as a command reads it without knowing the root command's class. */
final class Verbosity {

    private Verbosity() {
    }

    /** True when {@code --quiet} was given before or after the command's name. */
    static boolean quiet(CommandSpec spec) {
        OptionSpec quiet = spec.findOption("--quiet");
        return quiet != null && Boolean.TRUE.equals(quiet.getValue());
    }
}
