package org.clausecheck.analyze.match.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharFilter;
import org.clausecheck.analyze.parties.RoleMention;

/**
 * Rewrites each mention of a party to its role token ("Acme Corp." becomes " xcustomerx ") and corrects
 * offsets, so tokens still point at the original text that evidence quotes. The index read documents through this
 * filter and the analyzer; {@link DocumentAnalysis} reads them in one pass and is compared with the two.
 */
final class RoleCharFilter extends CharFilter {

    private final String output;
    private int position;
    /** Offsets in the rewritten text from which a correction applies, strictly increasing. */
    private int[] correctedFrom = new int[16];
    /** The difference to add to an offset at or after the same index of {@link #correctedFrom}. */
    private int[] corrections = new int[16];
    private int size;
    /** The last correction used: the tokenizer asks for offsets in ascending order, so the search starts here. */
    private int cursor = -1;

    RoleCharFilter(String original, List<RoleMention> mentions) {
        super(new StringReader(original));
        StringBuilder rewritten = new StringBuilder(original.length());
        int copied = 0;
        for (RoleMention mention : mentions) {
            rewritten.append(original, copied, mention.start());
            // Spaces keep the token apart from a following "'s" or a preceding bracket.
            rewritten.append(' ');
            addCorrection(rewritten.length(), mention.start() - rewritten.length());
            rewritten.append(mention.role().token());
            addCorrection(rewritten.length(), mention.end() - rewritten.length());
            rewritten.append(' ');
            copied = mention.end();
            addCorrection(rewritten.length(), copied - rewritten.length());
        }
        rewritten.append(original, copied, original.length());
        this.output = rewritten.toString();
    }

    /** As Lucene's BaseCharFilter: a later correction at the same offset replaces the earlier one. */
    private void addCorrection(int offset, int difference) {
        if (size > 0 && correctedFrom[size - 1] == offset) {
            corrections[size - 1] = difference;
            return;
        }
        if (size == correctedFrom.length) {
            correctedFrom = Arrays.copyOf(correctedFrom, size * 2);
            corrections = Arrays.copyOf(corrections, size * 2);
        }
        correctedFrom[size] = offset;
        corrections[size] = difference;
        size++;
    }

    /** The offset plus the last correction at or before it, found by walking from the previous answer. */
    @Override
    protected int correct(int offset) {
        while (cursor + 1 < size && correctedFrom[cursor + 1] <= offset) {
            cursor++;
        }
        while (cursor >= 0 && correctedFrom[cursor] > offset) {
            cursor--;
        }
        return cursor < 0 ? offset : offset + corrections[cursor];
    }

    /** The rewritten text. */
    String rewritten() {
        return output;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (position >= output.length()) {
            return -1;
        }
        int count = Math.min(length, output.length() - position);
        output.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }
}
