package org.clausecheck.portfolio;

import java.util.Locale;

/**
 * How far a long task has come, as every progress line words it: "120/270 files (44%), 4.1 files/s, about 36 s
 * left". Shared by the audit's progress and the OCR page count of {@code check}, so both read alike.
 */
public final class ProgressCount {

    private ProgressCount() {
    }

    /** {@code done} of {@code total} units after {@code elapsedNanos}; the time left once a rate is known. */
    public static String of(int done, int total, long elapsedNanos, String unit) {
        double seconds = Math.max(1e-9, elapsedNanos / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder();
        line.append(done).append('/').append(total).append(' ').append(unit).append(" (")
                .append(total == 0 ? 100 : done * 100 / total).append("%), ")
                .append(String.format(Locale.ROOT, "%.1f %s/s", rate, unit));
        if (done < total && rate > 0) {
            line.append(", about ").append(duration((long) Math.ceil((total - done) / rate))).append(" left");
        }
        return line.toString();
    }

    static String duration(long seconds) {
        return seconds < 60 ? seconds + " s" : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
