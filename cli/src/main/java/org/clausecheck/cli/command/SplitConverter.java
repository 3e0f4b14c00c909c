package org.clausecheck.cli.command;

import org.clausecheck.eval.CorpusSplit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --split} in any case, as users type it. */
final class SplitConverter implements ITypeConverter<CorpusSplit> {

    @Override
    public CorpusSplit convert(String value) {
        try {
            return CorpusSplit.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not one of write, check, all");
        }
    }
}
