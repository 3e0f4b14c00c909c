package org.clausecheck.cli.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a date as the key terms store it, ISO {@code yyyy-mm-dd}: one form, never guessed (6/7/27 is two dates). */
final class IsoDateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date as yyyy-mm-dd (e.g. 2027-06-30)");
        }
    }
}
