package org.clausecheck.cli;

import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints an unexpected failure as one line; the stack trace only with {@code --verbose}. */
final class OneLineErrorHandler implements IExecutionExceptionHandler {

    private final BooleanSupplier verbose;

    OneLineErrorHandler(BooleanSupplier verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        if (verbose.getAsBoolean()) {
            exception.printStackTrace(commandLine.getErr());
        }
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        commandLine.getErr().println("clausecheck: " + message.lines().findFirst().orElse("").strip()
                + (verbose.getAsBoolean() ? "" : " (run with --verbose for details)"));
        return ExitCode.ERROR.code();
    }
}
