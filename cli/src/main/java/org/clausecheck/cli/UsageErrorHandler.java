package org.clausecheck.cli;

import java.io.PrintWriter;
import org.clausecheck.cli.command.OptionValueException;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A usage error: the problem in one line, then a pointer to the command's help, and exit code 2; an option value
 * that cannot be used (an invalid playbook) is the one line alone.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("clausecheck: " + exception.getMessage());
        if (exception instanceof OptionValueException) {
            return ExitCode.USAGE.code(); // the line says what is wrong with the value; the help would not
        }
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE.code();
    }
}
