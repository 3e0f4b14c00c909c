package org.clausecheck.analyze.doctype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class IncorporationReaderTest {

    /** Words the forward references start with and continue with, in several cases, and what stands between. */
    private static final String[] PIECES = {"incorporates ", "INCORPORATE by reference ", "herein ", "forms part of ",
        "Form ", "is ", "IS an integral part of ", "are ", "supplements ", "is supplemental to ", "amends ",
        "issued under ", "Entered into pursuant to ", "made in accordance with ", "placed ", "executed ",
        "shall be governed by ", "will be governed by the terms and conditions of ", "subject to ",
        "Subject to the terms set forth in ", "the ", "the Master Services Agreement", "Standard Terms ", "[Name] ",
        "{Terms} ", "this ", "his ", "_is ", "9is ", "\u00E9is ", "\u0130s ", "\u212Aform ", "crisis ", "x", ", ", ". ",
        "  ", "\n", "(", "\u201C", "Agreement"};

    @Test
    void forwardReferencesAreFoundAsFindFindsThem() {
        Random random = new Random(7);
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int pieces = random.nextInt(12); pieces > 0; pieces--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            List<Integer> expected = new ArrayList<>();
            Matcher find = IncorporationReader.FORWARD.matcher(text);
            while (find.find()) {
                expected.add(find.end());
            }
            assertEquals(expected, IncorporationReader.forwardMatchEnds(text.toString()), () -> "\"" + text + "\"");
            found += expected.size();
        }
        assertTrue(found > 10_000, found + " references found"); // the texts hold many, not only misses
    }
}
