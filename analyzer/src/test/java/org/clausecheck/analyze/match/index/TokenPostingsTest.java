package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The recorded postings read as the memory index they replace. */
class TokenPostingsTest {

    private static final int[] ONE_SENTENCE = {0, Integer.MAX_VALUE};

    private static final String[] WORDS = {"Supplier", "shall", "assign", "assigns", "the", "Deliverables", "deliverable",
        "caf\u00E9", "na\u00EFve", "\u4E2D\u6587", "x", "assignment", "assigned", "a", "an", "1.5", "Client's", "work-product"};

    @Test
    void termsPositionsAndSeeksAreThoseOfTheMemoryIndex() throws Exception {
        LegalAnalyzer analyzer = new LegalAnalyzer();
        Random random = new Random(21);
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i >= 0; i--) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
            }
            MemoryIndex memory = new MemoryIndex(false, false);
            memory.addField("f", analyzer.tokenStream("f", new StringReader(text.toString())));
            memory.freeze();
            Terms expected = memory.createSearcher().getIndexReader().leaves().get(0).reader().terms("f");
            Terms actual = record(analyzer, text.toString());
            assertEquals(describe(expected), describe(actual), text.toString());
            for (String probe : new String[] {"", "assign", "assignz", "b", "zzz", "caf", "deliverable", "\uFFFF"}) {
                assertEquals(seek(expected, probe), seek(actual, probe), probe);
            }
        }
    }

    @Test
    void termsWithTheSameBytesAreOne() throws Exception {
        TokenPostings postings = new TokenPostings();
        postings.add("x\uD800".toCharArray(), 2, 0);
        postings.add("y".toCharArray(), 1, 1);
        postings.add("x\uDBFF".toCharArray(), 2, 2);
        assertEquals(List.of("x\uFFFD [0, 2]", "y [1]"), describe(postings.freeze(ONE_SENTENCE, position -> 0)));
        assertNull(new TokenPostings().freeze(ONE_SENTENCE, position -> 0));
    }

    @Test
    void restrictedPostingsKeepThePositionsOfTheAllowedSentencesOnly() throws Exception {
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            TokenPostings postings = new TokenPostings();
            List<String> recorded = new ArrayList<>();
            for (int position = random.nextInt(20); position < 120; position += 1 + random.nextInt(3)) {
                String word = WORDS[random.nextInt(6)];
                postings.add(word.toCharArray(), word.length(), position);
                recorded.add(word + "@" + position);
            }
            // Sentences of random lengths, some without tokens (starting where the next one starts).
            int[] starts = new int[13];
            for (int sentence = 1; sentence < 12; sentence++) {
                starts[sentence] = starts[sentence - 1] + random.nextInt(12);
            }
            starts[12] = Integer.MAX_VALUE;
            Terms terms = postings.freeze(starts, position -> sentenceOf(position, starts));
            java.util.BitSet allowed = new java.util.BitSet();
            for (int sentence = 0; sentence < 12; sentence++) {
                if (random.nextInt(3) == 0) {
                    allowed.set(sentence);
                }
            }
            List<String> all = positionsByTerm(terms);
            postings.restrictTo(allowed);
            List<String> restricted = positionsByTerm(terms);
            postings.restrictTo(null);
            assertEquals(all, positionsByTerm(terms), "the restriction lifted");
            List<String> expected = new ArrayList<>();
            for (String entry : all) {
                String term = entry.substring(0, entry.indexOf(' '));
                List<String> kept = new ArrayList<>();
                for (String position : entry.substring(entry.indexOf(' ') + 1).split(",")) {
                    if (!position.isEmpty() && allowed.get(sentenceOf(Integer.parseInt(position), starts))) {
                        kept.add(position);
                    }
                }
                expected.add(term + " " + String.join(",", kept));
            }
            assertEquals(expected, restricted, recorded + " in " + allowed);
        }
    }

    /** The last sentence starting at or before the position: the one with the tokens, among those starting there. */
    private static int sentenceOf(int position, int[] starts) {
        int sentence = -1;
        for (int s = 0; s < starts.length && starts[s] <= position; s++) {
            sentence = s;
        }
        return sentence;
    }

    /** Per term, its positions as postings give them; a term without positions in no document. */
    private static List<String> positionsByTerm(Terms terms) throws Exception {
        List<String> described = new ArrayList<>();
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            PostingsEnum postings = iterator.postings(null, PostingsEnum.POSITIONS);
            List<String> positions = new ArrayList<>();
            if (postings.nextDoc() != PostingsEnum.NO_MORE_DOCS) {
                assertTrue(postings.freq() > 0);
                for (int i = 0; i < postings.freq(); i++) {
                    positions.add(Integer.toString(postings.nextPosition()));
                }
                assertEquals(PostingsEnum.NO_MORE_DOCS, postings.nextDoc());
            }
            described.add(term.utf8ToString() + " " + String.join(",", positions));
        }
        return described;
    }

    private static Terms record(LegalAnalyzer analyzer, String text) throws Exception {
        TokenPostings postings = new TokenPostings();
        try (TokenStream stream = analyzer.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                postings.add(term.buffer(), term.length(), position);
            }
            stream.end();
        }
        return postings.freeze(ONE_SENTENCE, position -> 0);
    }

    private static List<String> describe(Terms terms) throws Exception {
        List<String> described = new ArrayList<>();
        if (terms == null) {
            return described;
        }
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            PostingsEnum postings = iterator.postings(null, PostingsEnum.POSITIONS);
            postings.nextDoc();
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < postings.freq(); i++) {
                positions.add(postings.nextPosition());
            }
            assertEquals(PostingsEnum.NO_MORE_DOCS, postings.nextDoc());
            assertEquals(positions.size(), iterator.totalTermFreq());
            assertEquals(1, iterator.docFreq());
            described.add(term.utf8ToString() + " " + positions);
        }
        assertEquals(described.size(), terms.size());
        return described;
    }

    private static String seek(Terms terms, String probe) throws Exception {
        if (terms == null) {
            return "no terms";
        }
        TermsEnum iterator = terms.iterator();
        TermsEnum.SeekStatus status = iterator.seekCeil(new BytesRef(probe));
        String at = status == TermsEnum.SeekStatus.END ? "" : " " + iterator.term().utf8ToString() + " #" + iterator.ord();
        BytesRef next = status == TermsEnum.SeekStatus.END ? null : iterator.next();
        return status + at + " then " + (next == null ? "end" : next.utf8ToString()) + ", exact " + terms.iterator().seekExact(new BytesRef(probe));
    }
}
