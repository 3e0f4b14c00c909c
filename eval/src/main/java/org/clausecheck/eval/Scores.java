package org.clausecheck.eval;

import java.util.Locale;

/** Precision, recall and F1 from true positives, false positives and false negatives. */
public record Scores(int truePositives, int falsePositives, int falseNegatives) {

    public static Scores of(int tp, int fp, int fn) {
        return new Scores(tp, fp, fn);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }

    /** The short form for tables: "P 0.76 R 0.78 F1 0.767 (tp 28 fp 9 fn 8)". */
    public String compact() {
        return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.3f (tp %d fp %d fn %d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
