package org.clausecheck.cli;

/** Process exit codes, listed in {@code clausecheck --help}. */
public enum ExitCode {
    OK(0, "No gap at or above the fail level; everything was read (search: any answer, also no hit)."),
    ERROR(1, "A file could not be read or was read only in part, no or a damaged index, or processing failed."),
    USAGE(2, "Invalid command line or option value (a --playbook that does not load or validate, -o in a folder"
            + " that does not exist), or a file that does not contain the --customer given."),
    GAPS_FOUND(4, "A protection gap at or above the fail level was found.");

    private final int code;
    private final String description;

    ExitCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }
}
