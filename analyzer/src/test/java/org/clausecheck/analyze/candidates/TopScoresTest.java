package org.clausecheck.analyze.candidates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopScoresTest {

    @Test
    void selectsTheBestPositiveScoresInOrderEqualOnesByIndex() {
        double[] scores = {0.2, 0.9, 0, 0.5, 0.9, -1, 0.5};
        assertArrayEquals(new int[] {1, 4, 3}, TopScores.select(scores, 3));
        assertArrayEquals(new int[] {1, 4, 3, 6, 0}, TopScores.select(scores, 10));
        assertArrayEquals(new int[0], TopScores.select(scores, 0));
    }

    @Test
    void agreesWithAFullSort() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            double[] scores = random.doubles(random.nextInt(60), -0.2, 1).map(d -> Math.round(d * 20) / 20.0).toArray();
            int k = 1 + random.nextInt(8);
            int[] sorted = IntStream.range(0, scores.length).boxed().filter(i -> scores[i] > 0)
                    .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(sorted, TopScores.select(scores, k));
        }
    }
}
