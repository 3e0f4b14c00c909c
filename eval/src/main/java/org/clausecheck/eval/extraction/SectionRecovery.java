package org.clausecheck.eval.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.SectionNumber;

/**
 * How many of the section numbers a reference text prints at the start of its lines an extraction
 * recovered as block section numbers. Only decimal numbers ("7", "7.2") and named ones ("Article IV",
 * "Section 5") count, not list items such as "(a)"; a line holding nothing but a decimal number is a page
 * number and does not count. Numbers are compared as a multiset, case-insensitively, so a "1." that starts
 * both the agreement and an exhibit must be found twice.
 *
 * @param expected section numbers at line starts in the reference
 * @param found    how many of those some block carries
 */
public record SectionRecovery(int expected, int found) {

    public static SectionRecovery of(String reference, List<Block> blocks) {
        Map<String, Integer> wanted = new HashMap<>();
        for (String line : reference.split("\\R")) {
            structural(line).ifPresent(number -> wanted.merge(number, 1, Integer::sum));
        }
        Map<String, Integer> have = new HashMap<>();
        for (Block block : blocks) {
            if (block.sectionNumber() != null) {
                have.merge(block.sectionNumber().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        int expected = 0;
        int found = 0;
        for (Map.Entry<String, Integer> entry : wanted.entrySet()) {
            expected += entry.getValue();
            found += Math.min(entry.getValue(), have.getOrDefault(entry.getKey(), 0));
        }
        return new SectionRecovery(expected, found);
    }

    /** The rate, 1 when nothing was expected. */
    public double rate() {
        return expected == 0 ? 1 : (double) found / expected;
    }

    private static Optional<String> structural(String line) {
        return SectionNumber.parse(line)
                .filter(number -> number.level() < SectionNumber.ITEM_LEVEL)
                .filter(number -> Character.isLetter(number.printed().charAt(0)) || !number.stripFrom(line).isEmpty())
                .map(number -> number.printed().toLowerCase(Locale.ROOT));
    }
}
