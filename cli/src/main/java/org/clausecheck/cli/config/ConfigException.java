package org.clausecheck.cli.config;

/** A project configuration that cannot be used; the message is one line naming the file. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }
}
