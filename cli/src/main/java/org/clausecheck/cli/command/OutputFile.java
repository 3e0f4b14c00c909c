package org.clausecheck.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks an output file's folder before any work starts: a long audit must not end in "cannot write". */
final class OutputFile {

    private OutputFile() {
    }

    /** A usage error (exit 2) when {@code -o FILE} names a file in a folder that does not exist. */
    static void requireFolder(Path output, CommandSpec spec) {
        if (output == null) {
            return;
        }
        Path folder = output.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "cannot write " + output + ": the folder " + folder
                    + " does not exist");
        }
        if (Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "cannot write " + output + ": it is a folder");
        }
    }
}
