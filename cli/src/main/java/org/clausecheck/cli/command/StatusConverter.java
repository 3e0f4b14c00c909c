package org.clausecheck.cli.command;

import java.util.Locale;
import org.clausecheck.analyze.finding.Status;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --status} in any case, as users type it. */
final class StatusConverter implements ITypeConverter<Status> {

    @Override
    public Status convert(String value) {
        try {
            return Status.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not one of met, weak, contrary, missing");
        }
    }
}
