package org.clausecheck.eval.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Token-level agreement of an extracted text with a reference text: both are lower-cased and split on
 * every character that is not a letter or digit, and the token multisets are compared.
 *
 * @param precision share of extracted tokens that the reference has
 * @param recall    share of reference tokens that the extraction has
 * @param f1        harmonic mean of the two; 1 when both texts are empty
 */
public record TokenF1(double precision, double recall, double f1) {

    public static TokenF1 of(String reference, String extracted) {
        Map<String, Integer> expected = counts(reference);
        Map<String, Integer> actual = counts(extracted);
        long expectedTotal = total(expected);
        long actualTotal = total(actual);
        if (expectedTotal == 0 && actualTotal == 0) {
            return new TokenF1(1, 1, 1);
        }
        long common = 0;
        for (Map.Entry<String, Integer> entry : actual.entrySet()) {
            common += Math.min(entry.getValue(), expected.getOrDefault(entry.getKey(), 0));
        }
        double precision = actualTotal == 0 ? 0 : (double) common / actualTotal;
        double recall = expectedTotal == 0 ? 0 : (double) common / expectedTotal;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TokenF1(precision, recall, f1);
    }

    /** Counts of each lower-case token made of letters and digits. */
    public static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean tokenChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (tokenChar && start < 0) {
                start = i;
            } else if (!tokenChar && start >= 0) {
                counts.merge(lower.substring(start, i), 1, Integer::sum);
                start = -1;
            }
        }
        return counts;
    }

    private static long total(Map<String, Integer> counts) {
        long total = 0;
        for (int count : counts.values()) {
            total += count;
        }
        return total;
    }
}
