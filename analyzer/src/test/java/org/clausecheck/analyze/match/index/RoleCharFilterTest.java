package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.clausecheck.analyze.parties.Role;
import org.clausecheck.analyze.parties.RoleMention;
import org.junit.jupiter.api.Test;

class RoleCharFilterTest {

    @Test
    void rewritesMentionsAndMapsOffsetsBack() {
        String text = "Acme Corp. shall pay Beta's invoices.";
        RoleCharFilter filter = new RoleCharFilter(text,
                List.of(new RoleMention(0, 10, Role.CUSTOMER), new RoleMention(21, 27, Role.VENDOR)));
        String rewritten = filter.rewritten();
        assertEquals(" xcustomerx  shall pay  xvendorx  invoices.", rewritten);
        int customer = rewritten.indexOf("xcustomerx");
        assertEquals(0, filter.correctOffset(customer));
        assertEquals(10, filter.correctOffset(customer + "xcustomerx".length()));
        int vendor = rewritten.indexOf("xvendorx");
        assertEquals(21, filter.correctOffset(vendor));
        assertEquals(27, filter.correctOffset(vendor + "xvendorx".length()));
        int invoices = rewritten.indexOf("invoices");
        assertEquals(text.indexOf("invoices"), filter.correctOffset(invoices));
    }

    @Test
    void correctsOffsetsAsABinarySearchWouldInAnyOrder() {
        String text = "Acme and Beta met; Acme paid Beta. Acme's Beta, Acme.";
        List<RoleMention> mentions = List.of(new RoleMention(0, 4, Role.CUSTOMER), new RoleMention(9, 13, Role.VENDOR),
                new RoleMention(19, 23, Role.CUSTOMER), new RoleMention(29, 33, Role.VENDOR),
                new RoleMention(35, 41, Role.CUSTOMER), new RoleMention(42, 46, Role.VENDOR),
                new RoleMention(48, 52, Role.CUSTOMER));
        RoleCharFilter filter = new RoleCharFilter(text, mentions);
        BinarySearchFilter reference = new BinarySearchFilter(text, mentions);
        int length = filter.rewritten().length();
        List<Integer> offsets = new ArrayList<>();
        for (int offset = 0; offset <= length; offset++) {
            offsets.add(offset);
        }
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            offsets.add(random.nextInt(length + 1));
        }
        for (int offset : offsets) {
            assertEquals(reference.correctOffset(offset), filter.correctOffset(offset), "offset " + offset);
        }
    }

    /** The same corrections kept by Lucene's BaseCharFilter, which looks each offset up by binary search. */
    private static final class BinarySearchFilter extends BaseCharFilter {
        BinarySearchFilter(String original, List<RoleMention> mentions) {
            super(new StringReader(original));
            int length = 0;
            int copied = 0;
            for (RoleMention mention : mentions) {
                length += mention.start() - copied + 1;
                addOffCorrectMap(length, mention.start() - length);
                length += mention.role().token().length();
                addOffCorrectMap(length, mention.end() - length);
                length += 1;
                copied = mention.end();
                addOffCorrectMap(length, copied - length);
            }
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            return -1;
        }
    }
}
