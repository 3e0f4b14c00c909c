package org.clausecheck.analyze.template;

import java.util.Comparator;
import java.util.Objects;

/**
 * One mark of a template in a document's text.
 *
 * @param kind        what it is
 * @param start       offset of its first character in the document text
 * @param end         offset after its last character
 * @param markerEnd   for options, the offset after the box or bullet ("[ ]", "( )", "☒"); otherwise {@code start}
 * @param group       for options, the number of the group of alternatives it belongs to; otherwise -1
 */
public record TemplateMark(MarkKind kind, int start, int end, int markerEnd, int group) {

    public static final Comparator<TemplateMark> ORDER = Comparator.comparingInt(TemplateMark::start)
            .thenComparingInt(TemplateMark::end).thenComparing(TemplateMark::kind);

    public TemplateMark {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start || markerEnd < start || markerEnd > end) {
            throw new IllegalArgumentException("impossible template mark [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** The mark's text as printed, on one line and cut to {@code limit} characters. */
    public String quote(String text, int limit) {
        String quote = text.substring(start, end).replaceAll("\\s+", " ").strip();
        if (quote.length() <= limit) {
            return quote;
        }
        int cut = quote.lastIndexOf(' ', limit);
        return quote.substring(0, cut > limit / 2 ? cut : limit) + " ...";
    }
}
