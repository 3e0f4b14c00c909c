package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceLookupTest {

    /** The sentence of the last token at or before the position, found by a binary search over every token. */
    private static int expected(List<Token> tokens, int position) {
        int[] positions = tokens.stream().mapToInt(Token::position).toArray();
        int i = Arrays.binarySearch(positions, position);
        if (i < 0) {
            i = Math.max(0, -i - 2);
        }
        return tokens.isEmpty() ? 0 : tokens.get(i).sentence();
    }

    /** Tokens as the index records them: a gap before each new sentence, sometimes one at punctuation. */
    private static List<Token> tokens(Random random, int sentences) {
        List<Token> tokens = new ArrayList<>();
        int position = -1;
        for (int sentence = 0; sentence < sentences; sentence++) {
            if (random.nextInt(5) == 0) {
                continue; // a sentence without tokens
            }
            int length = 1 + random.nextInt(random.nextBoolean() ? 20 : 1500);
            for (int t = 0; t < length; t++) {
                position += 1 + (t == 0 && !tokens.isEmpty() ? DocumentIndex.SENTENCE_GAP : random.nextInt(2));
                tokens.add(new Token(position, "w", 0, 0, sentence));
            }
        }
        return tokens;
    }

    @Test
    void sameSentenceAsABinarySearchOverTheTokens() {
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            List<Token> tokens = tokens(random, random.nextInt(30));
            SentenceLookup lookup = new SentenceLookup(tokens);
            int last = tokens.isEmpty() ? 10 : tokens.get(tokens.size() - 1).position() + 3000;
            for (int position = -5; position <= last; position++) {
                assertEquals(expected(tokens, position), lookup.sentenceAt(position), "position " + position);
            }
        }
    }

    @Test
    void firstTokensSentenceBeforeAnyToken() {
        List<Token> tokens = List.of(new Token(1000, "a", 0, 1, 3), new Token(1001, "b", 2, 3, 3),
                new Token(2002, "c", 4, 5, 4));
        SentenceLookup lookup = new SentenceLookup(tokens);
        assertEquals(3, lookup.sentenceAt(0));
        assertEquals(3, lookup.sentenceAt(2001));
        assertEquals(4, lookup.sentenceAt(2002));
        assertEquals(4, lookup.sentenceAt(999_999));
        assertEquals(0, new SentenceLookup(List.of()).sentenceAt(5));
    }
}
