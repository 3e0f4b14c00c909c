package org.clausecheck.analyze.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.clausecheck.analyze.TestDocuments;
import org.junit.jupiter.api.Test;

class SentenceLinksTest {

    private static DocumentStructure structure(String text) {
        return StructureBuilder.build(TestDocuments.of(text));
    }

    private static int indexOf(DocumentStructure structure, String start) {
        List<Sentence> sentences = structure.sentences();
        for (Sentence sentence : sentences) {
            if (sentence.text().strip().startsWith(start)) {
                return sentence.index();
            }
        }
        throw new AssertionError("no sentence starts with " + start + " in " + sentences);
    }

    @Test
    void listItemsLeanOnTheirLeadIn() {
        DocumentStructure s = structure("2. Obligations. Supplier shall:\n(a) deliver the documentation;\n"
                + "(b) give Client access to the environments; and\n(c) train Client's staff.\n\n3. Fees. Client shall pay.");
        int leadIn = indexOf(s, "Supplier shall:");
        assertEquals(leadIn, s.links().leadIn(indexOf(s, "(a)")));
        assertEquals(leadIn, s.links().leadIn(indexOf(s, "(b)")));
        assertEquals(leadIn, s.links().leadIn(indexOf(s, "(c)")));
        assertEquals(-1, s.links().leadIn(indexOf(s, "Client shall pay")));
        assertEquals(-1, s.links().leadIn(leadIn));
    }

    @Test
    void aNestedListLeansOnItsOwnLeadInAndTheOuterListGoesOn() {
        DocumentStructure s = structure("Supplier shall:\n(a) deliver the code;\n(b) for each release:\n"
                + "(i) document the architecture;\n(ii) record the deployment steps;\n(c) keep the records.");
        int outer = indexOf(s, "Supplier shall:");
        int inner = indexOf(s, "(b)");
        assertEquals(outer, s.links().leadIn(inner));
        assertEquals(inner, s.links().leadIn(indexOf(s, "(i)")));
        assertEquals(inner, s.links().leadIn(indexOf(s, "(ii)")));
        assertEquals(outer, s.links().leadIn(indexOf(s, "(c)")));
    }

    @Test
    void aColonWithoutLabelledItemsAfterItIsNoLeadIn() {
        DocumentStructure s = structure("The parties agree as follows:\n\nSupplier shall deliver the code. Client shall pay.");
        assertEquals(-1, s.links().leadIn(indexOf(s, "Supplier shall deliver")));
    }

    @Test
    void aProvisoQualifiesTheSentenceBeforeIt() {
        DocumentStructure s = structure("Supplier assigns the Deliverables to Client. Notwithstanding the foregoing, the "
                + "assignment takes effect upon payment. Provided, however, that Client has paid. However, Client may "
                + "object. Client shall pay the fees.");
        assertTrue(s.links().qualifiesPrevious(indexOf(s, "Notwithstanding")));
        assertTrue(s.links().qualifiesPrevious(indexOf(s, "Provided, however")));
        assertTrue(s.links().qualifiesPrevious(indexOf(s, "However,")));
        assertFalse(s.links().qualifiesPrevious(indexOf(s, "Client shall pay")));
        assertFalse(s.links().qualifiesPrevious(indexOf(s, "Supplier assigns")));
    }

    @Test
    void aTableRowLabelIntroducesTheCellsAfterIt() {
        List<Sentence> sentences = new java.util.ArrayList<>();
        String[] texts = {"Deliverables", "Architecture design document.", "Deployment runbook.", "Fees",
            "USD 10,000 per month."};
        int offset = 0;
        for (int i = 0; i < texts.length; i++) {
            sentences.add(new Sentence(i, texts[i], offset, offset + texts[i].length(), 1, null, "", 0));
            offset += texts[i].length() + 1;
        }
        java.util.BitSet labels = new java.util.BitSet();
        labels.set(0);
        labels.set(3);
        SentenceLinks links = SentenceLinks.of(sentences, labels);
        assertEquals(0, links.leadIn(1));
        assertEquals(0, links.leadIn(2));
        assertEquals(-1, links.leadIn(3));
        assertEquals(3, links.leadIn(4));
        assertTrue(links.isLabel(0));
        assertFalse(links.isLabel(1));
        assertTrue(SentenceLinks.isLabel("Deliverables"));
        assertTrue(SentenceLinks.isLabel("Time of Assignment"));
        assertFalse(SentenceLinks.isLabel("Supplier shall deliver the code."));
        assertFalse(SentenceLinks.isLabel("The Deliverables are listed below"));
    }

    /** Pieces of lead-in ends, around and inside which a match may or may not stand. */
    private static final String[] LEAD_IN_PIECES = {"the following", "The  Following", "THE\tFOLLOWING", "as follows",
        "As\n\nfollows", "thefollowing", "as follows:", ":", "\u2014", ",", " ", "\n", "\r\n", "\u2028", "\u0085",
        "\u2029", "follows", "following", "the", "as", "s", "g", ".", "x", "\u00E9", "_", "\u0301", "Supplier shall"};

    @Test
    void leadInEndIsFoundAsTheExpressionFindsItAnywhere() {
        Random random = new Random(20261207);
        int leadIns = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? RandomClauseText.next(random) : "");
            for (int pieces = random.nextInt(6); pieces > 0; pieces--) {
                text.append(LEAD_IN_PIECES[random.nextInt(LEAD_IN_PIECES.length)]);
            }
            boolean expected = SentenceLinks.LEAD_IN_END.matcher(text).find();
            assertEquals(expected, SentenceLinks.endsLeadIn(text.toString()), () -> "\"" + text + "\"");
            leadIns += expected ? 1 : 0;
        }
        assertTrue(leadIns > 2_500, leadIns + " lead-ins among the texts"); // both answers are tried often
    }
}
