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
        boolean verbose = this.verbose.getAsBoolean() || verboseAnywhere(parseResult);
        if (verbose) {
            exception.printStackTrace(commandLine.getErr());
        }
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        commandLine.getErr().println("clausecheck: " + message.lines().findFirst().orElse("").strip()
                + (verbose ? "" : " (run with --verbose for details)"));
        return ExitCode.ERROR.code();
    }

    /**
     * --verbose after a subcommand ("check --verbose FILE") is picocli's inherited copy of the root's option: it sets
     * the copy, not the root's field, so the parse result is asked at every level.
     */
    private static boolean verboseAnywhere(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
