package org.clausecheck.cli.command;

import java.util.Map;

/**
 * {@code --color=auto|always|never}, as git, grep and ripgrep spell it. {@code auto} colours only a terminal's
 * standard output and only when {@code NO_COLOR} is unset (no-color.org); {@code always} and {@code never} are the
 * user's explicit choice and win over {@code NO_COLOR}. Files written with {@code -o} never get colour.
 */
public enum ColorMode {
    auto,
    always,
    never;

    /** Whether to colour standard output, given the environment and whether it is a terminal. */
    boolean enabled(Map<String, String> environment, boolean terminal) {
        return switch (this) {
            case always -> true;
            case never -> false;
            case auto -> terminal && environment.get("NO_COLOR") == null;
        };
    }

    /**
     * The choice for this process: {@code --no-color} is {@code never}; otherwise {@code --color}. {@code terminal}:
     * whether standard output is a terminal ({@code ClauseCheck.writesToTerminal}).
     */
    static boolean forStandardOutput(ColorMode mode, boolean noColor, boolean terminal) {
        ColorMode chosen = noColor ? never : mode;
        return chosen.enabled(System.getenv(), terminal);
    }
}
