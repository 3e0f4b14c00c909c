package org.clausecheck.eval;

import java.util.Locale;
import org.clausecheck.analyze.finding.Status;

/** Counts of (expected, predicted) statuses for one protection, with the derived scores. */
public final class ConfusionMatrix {

    private final int[][] counts = new int[Status.values().length][Status.values().length];

    public void add(Status expected, Status predicted) {
        counts[expected.ordinal()][predicted.ordinal()]++;
    }

    public int count(Status expected, Status predicted) {
        return counts[expected.ordinal()][predicted.ordinal()];
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int n : row) {
                total += n;
            }
        }
        return total;
    }

    /** Presence is MET or WEAK; true positives are present in both. */
    public Scores presence() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Status expected : Status.values()) {
            for (Status predicted : Status.values()) {
                int n = count(expected, predicted);
                if (expected.isPresent() && predicted.isPresent()) {
                    tp += n;
                } else if (!expected.isPresent() && predicted.isPresent()) {
                    fp += n;
                } else if (expected.isPresent() && !predicted.isPresent()) {
                    fn += n;
                }
            }
        }
        return Scores.of(tp, fp, fn);
    }

    /** MET reported where the truth is MISSING or CONTRARY. */
    public int falseAssurance() {
        return count(Status.MISSING, Status.MET) + count(Status.CONTRARY, Status.MET);
    }

    public int exact() {
        int exact = 0;
        for (Status status : Status.values()) {
            exact += count(status, status);
        }
        return exact;
    }

    /** A table: rows are the labels, columns the predictions. */
    public String render() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-18s", "label \\ predicted"));
        for (Status predicted : Status.values()) {
            table.append(String.format(Locale.ROOT, "%10s", predicted));
        }
        table.append('\n');
        for (Status expected : Status.values()) {
            table.append(String.format(Locale.ROOT, "%-18s", expected));
            for (Status predicted : Status.values()) {
                table.append(String.format(Locale.ROOT, "%10d", count(expected, predicted)));
            }
            table.append('\n');
        }
        return table.toString();
    }
}
