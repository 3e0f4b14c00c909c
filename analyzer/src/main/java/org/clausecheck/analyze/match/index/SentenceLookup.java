package org.clausecheck.analyze.match.index;

import java.util.Arrays;
import java.util.List;

/**
 * The sentence of a position in constant time: the sentence of the last token at or before it (of the first
 * token when there is none). Every sentence after the first starts at least {@link DocumentIndex#SENTENCE_GAP}
 * positions after the previous one starts, so a bucket of positions that wide holds at most two sentence
 * starts; the bucket's first sentence is looked up, then at most a step or two forward. A binary search over
 * all the tokens cost more, once for every position of every term a pattern needs.
 */
final class SentenceLookup {

    private static final int BUCKET_BITS = 10;

    /** Per run of tokens of one sentence: the position of its first token, and the sentence. */
    private final int[] runStart;
    private final int[] runSentence;
    /** Per bucket of positions: the last run starting at or before the bucket's first position, or 0. */
    private final int[] runAtBucket;

    SentenceLookup(List<Token> tokens) {
        int[] starts = new int[8];
        int[] sentences = new int[8];
        int runs = 0;
        for (Token token : tokens) {
            if (runs == 0 || sentences[runs - 1] != token.sentence()) {
                if (runs == starts.length) {
                    starts = Arrays.copyOf(starts, runs * 2);
                    sentences = Arrays.copyOf(sentences, runs * 2);
                }
                starts[runs] = token.position();
                sentences[runs] = token.sentence();
                runs++;
            }
        }
        this.runStart = Arrays.copyOf(starts, runs);
        this.runSentence = Arrays.copyOf(sentences, runs);
        int lastPosition = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).position();
        this.runAtBucket = new int[(Math.max(lastPosition, 0) >> BUCKET_BITS) + 1];
        int run = 0;
        for (int bucket = 0; bucket < runAtBucket.length; bucket++) {
            int first = bucket << BUCKET_BITS;
            while (run + 1 < runs && runStart[run + 1] <= first) {
                run++;
            }
            runAtBucket[bucket] = run;
        }
    }

    /** The sentence of the last token at or before a position, or of the first token; 0 without tokens. */
    int sentenceAt(int position) {
        if (runStart.length == 0) {
            return 0;
        }
        int bucket = Math.min(Math.max(position, 0) >> BUCKET_BITS, runAtBucket.length - 1);
        int run = runAtBucket[bucket];
        while (run + 1 < runStart.length && runStart[run + 1] <= position) {
            run++;
        }
        return runSentence[run];
    }
}
