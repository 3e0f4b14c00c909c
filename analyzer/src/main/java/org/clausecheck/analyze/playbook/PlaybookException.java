package org.clausecheck.analyze.playbook;

/** A playbook that cannot be loaded or does not validate; the message says where. */
public final class PlaybookException extends RuntimeException {

    public PlaybookException(String message) {
        super(message);
    }

    public PlaybookException(String message, Throwable cause) {
        super(message, cause);
    }
}
