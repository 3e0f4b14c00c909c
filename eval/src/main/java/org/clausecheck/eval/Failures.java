package org.clausecheck.eval;

/** The reason a contract could not be measured, as one line of an evaluation's errors. */
public final class Failures {

    private Failures() {
    }

    /**
     * The exception's message on one line (the typed extraction errors name the file and the reason); the kind of
     * failure when there is no message, so that an error line never reads "null".
     */
    public static String reason(Exception failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
