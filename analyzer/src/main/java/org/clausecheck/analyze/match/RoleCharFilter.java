package org.clausecheck.analyze.match;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.clausecheck.analyze.parties.RoleMention;

/**
 * Rewrites each mention of a party to its role token ("Acme Corp." becomes " xcustomerx ") and corrects
 * offsets, so tokens still point at the original text that evidence quotes.
 */
final class RoleCharFilter extends BaseCharFilter {

    private final String output;
    private int position;

    RoleCharFilter(String original, List<RoleMention> mentions) {
        super(new StringReader(original));
        StringBuilder rewritten = new StringBuilder(original.length());
        int copied = 0;
        for (RoleMention mention : mentions) {
            rewritten.append(original, copied, mention.start());
            // Spaces keep the token apart from a following "'s" or a preceding bracket.
            rewritten.append(' ');
            addOffCorrectMap(rewritten.length(), mention.start() - rewritten.length());
            rewritten.append(mention.role().token());
            addOffCorrectMap(rewritten.length(), mention.end() - rewritten.length());
            rewritten.append(' ');
            copied = mention.end();
            addOffCorrectMap(rewritten.length(), copied - rewritten.length());
        }
        rewritten.append(original, copied, original.length());
        this.output = rewritten.toString();
    }

    /** The rewritten text, for debugging and tests. */
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
