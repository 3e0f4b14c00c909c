package org.clausecheck.annotate.pdf;

/** Key characters {@code [start, end)} of a {@link GlyphText} that print part of a quote. */
record KeyRange(int start, int end) {

    KeyRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative range [" + start + ", " + end + ")");
        }
    }

    int length() {
        return end - start;
    }
}
