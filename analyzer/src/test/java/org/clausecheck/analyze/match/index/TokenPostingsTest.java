package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        assertEquals(List.of("x\uFFFD [0, 2]", "y [1]"), describe(postings.freeze()));
        assertNull(new TokenPostings().freeze());
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
        return postings.freeze();
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
