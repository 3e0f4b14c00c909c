package org.clausecheck.cli.command;

import java.util.Locale;
import org.clausecheck.analyze.report.FailLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --fail-on} values in lower case, as users type them. */
final class FailLevelConverter implements ITypeConverter<FailLevel> {

    @Override
    public FailLevel convert(String value) {
        try {
            return FailLevel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not one of weak, missing, contrary, never");
        }
    }
}
