package org.clausecheck.analyze.waiver;

/** A waiver file that cannot be used; the message is one line naming the file and the reason. */
public final class WaiverException extends Exception {

    public WaiverException(String message) {
        super(message);
    }
}
