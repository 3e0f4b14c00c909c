package org.clausecheck.cli.command;

import org.clausecheck.inventory.InventoryCategories;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --category} as one of CUAD's category names, in any case ("change of control"), and gives the name as
 * the index stores it; a name that is none of them lists them all, as a misspelt name would otherwise match nothing.
 */
final class CategoryConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        String wanted = value.strip();
        return InventoryCategories.NAMES.stream().filter(name -> name.equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of CUAD's categories: "
                        + String.join(", ", InventoryCategories.NAMES)));
    }
}
