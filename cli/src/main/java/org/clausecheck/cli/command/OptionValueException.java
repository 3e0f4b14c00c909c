package org.clausecheck.cli.command;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * An option whose value cannot be used (a playbook that does not load or validate, an empty --customer, options
 * that do not apply together): exit code 2 and one line that says why, without the pointer to --help that a
 * misspelt command line gets.
 */
public final class OptionValueException extends ParameterException {

    private static final long serialVersionUID = 1L;

    public OptionValueException(CommandLine commandLine, String message) {
        super(commandLine, message);
    }
}
