package org.clausecheck.eval.candidates;

import java.util.ArrayList;
import java.util.List;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;

/**
 * An expert span of one category, located in the extracted text.
 *
 * @param column   the CUAD category column
 * @param location where it stands, or not found
 */
public record LocatedSpan(String column, SpanLocator.Location location) {

    /** A sentence overlaps a span by at least this many characters, or by half of itself when shorter. */
    static final int MIN_OVERLAP = 20;

    /** Every span of the given columns, located in the text. */
    static List<LocatedSpan> locate(String text, CuadSpans spans, List<String> columns) {
        SpanLocator locator = new SpanLocator(text);
        List<LocatedSpan> located = new ArrayList<>();
        for (String column : columns) {
            for (String span : spans.of(column)) {
                located.add(new LocatedSpan(column, locator.locate(span)));
            }
        }
        return located;
    }

    /** Whether the sentence shares enough of its text with the span to count as part of it. */
    public boolean overlaps(Sentence sentence) {
        if (!location.found()) {
            return false;
        }
        int shared = Math.min(sentence.end(), location.end()) - Math.max(sentence.start(), location.start());
        return shared > 0 && shared >= Math.min(MIN_OVERLAP, (sentence.end() - sentence.start() + 1) / 2);
    }

    /** The sentences overlapping the span, in order. */
    List<Sentence> sentences(DocumentStructure structure) {
        List<Sentence> overlapping = new ArrayList<>();
        if (!location.found()) {
            return overlapping;
        }
        Sentence first = structure.sentenceAt(location.start());
        int from = first == null ? 0 : first.index();
        for (int i = from; i < structure.sentences().size(); i++) {
            Sentence sentence = structure.sentences().get(i);
            if (sentence.start() >= location.end()) {
                break;
            }
            if (overlaps(sentence)) {
                overlapping.add(sentence);
            }
        }
        return overlapping;
    }
}
