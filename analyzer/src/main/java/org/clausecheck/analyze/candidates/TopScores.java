package org.clausecheck.analyze.candidates;

import java.util.Arrays;

/**
 * The indices of the highest scores, best first, equal scores in index order: a partial selection, since only a few
 * of a document's hundreds of sentences are ever shown, and a sort of them all per rule cost more than the scoring.
 */
final class TopScores {

    private TopScores() {
    }

    /** Up to {@code k} indices of positive scores, best first. */
    static int[] select(double[] scores, int k) {
        if (k <= 0) {
            return new int[0];
        }
        int[] top = new int[k];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            double score = scores[i];
            if (score <= 0 || size == k && score <= scores[top[size - 1]]) {
                continue;
            }
            int at = size < k ? size++ : k - 1;
            while (at > 0 && scores[top[at - 1]] < score) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        return Arrays.copyOf(top, size);
    }
}
