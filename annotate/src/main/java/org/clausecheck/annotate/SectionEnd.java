package org.clausecheck.annotate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;

/**
 * The last block of the section a passage stands in, where a suggested clause goes so that it reads as part of that
 * section: the blocks under the same headings as the passage's block (deeper subsections included), or, in a
 * contract without headings, the blocks numbered under the same top-level number ("7", "7.1", "7.2(a)").
 */
final class SectionEnd {

    /** A decimal section number's top level: "7" of "7.2", "7.2.1" or "7." */
    private static final Pattern DECIMAL = Pattern.compile("(\\d+)(?:\\.\\d+)*\\.?");

    /** A sub-item's label ("(b)", "(iv)", "c."), which continues the numbered clause it stands in. */
    private static final Pattern SUB_ITEM = Pattern.compile("\\(?[a-z]{1,5}\\)|[a-z]\\.");

    private SectionEnd() {
    }

    /**
     * The last block of the section holding the offset, or the document's last block when the offset is -1 or its
     * block stands in no section; empty only for a document without body blocks. Footnotes belong to no section.
     */
    static Optional<Block> of(List<Block> blocks, int offset) {
        List<Block> body = blocks.stream().filter(b -> b.kind() != BlockKind.FOOTNOTE).toList();
        if (body.isEmpty()) {
            return Optional.empty();
        }
        int at = offset < 0 ? -1 : indexAt(body, offset);
        if (at < 0) {
            return Optional.of(body.get(body.size() - 1));
        }
        Block passage = body.get(at);
        List<String> headings = passage.headingPath();
        String number = topLevel(passage.sectionNumber());
        if (headings.isEmpty() && number == null) {
            return Optional.of(body.get(body.size() - 1));
        }
        int last = at;
        while (last + 1 < body.size() && sameSection(body.get(last + 1), headings, number)) {
            last++;
        }
        return Optional.of(body.get(last));
    }

    /** The block holding the offset, or the last one starting before it (the offset falls between blocks). */
    private static int indexAt(List<Block> body, int offset) {
        int found = -1;
        for (int i = 0; i < body.size() && body.get(i).start() <= offset; i++) {
            found = i;
        }
        return found;
    }

    private static boolean sameSection(Block next, List<String> headings, String number) {
        if (!headings.isEmpty()) {
            List<String> path = next.headingPath();
            return path.size() >= headings.size() && path.subList(0, headings.size()).equals(headings);
        }
        // unnumbered paragraphs and sub-items continue the numbered clause before them
        String label = next.sectionNumber() == null ? null : next.sectionNumber().strip();
        return next.kind() != BlockKind.HEADING && (label == null || SUB_ITEM.matcher(label).matches()
                || number.equals(topLevel(label)));
    }

    private static String topLevel(String sectionNumber) {
        if (sectionNumber == null) {
            return null;
        }
        Matcher decimal = DECIMAL.matcher(sectionNumber.strip());
        return decimal.matches() ? decimal.group(1) : null;
    }
}
