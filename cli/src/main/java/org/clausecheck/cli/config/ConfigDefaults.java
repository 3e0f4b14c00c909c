package org.clausecheck.cli.config;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives picocli the project configuration's values as option defaults: an option given on the command line still
 * wins, and an option the file does not set keeps its own default.
 */
public final class ConfigDefaults implements IDefaultValueProvider {

    private final ProjectConfig config;

    public ConfigDefaults(ProjectConfig config) {
        this.config = config;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || option.command() == null) {
            return null;
        }
        String name = option.longestName().replaceFirst("^--?", "");
        String value = config.valueFor(option.command().name(), name);
        if (value != null && option.type() == boolean.class) {
            return Boolean.toString(Boolean.parseBoolean(value));
        }
        return value;
    }
}
