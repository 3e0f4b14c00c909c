package org.clausecheck.annotate.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a changed clause, kept, deleted and inserted (java-diff-utils' Myers diff over words). Adjacent
 * pieces of one kind are joined, so a rewritten phrase reads as one deletion and one insertion.
 *
 * @param pieces the clause's text in order, each piece a run of words of one kind
 */
public record WordDiff(List<Piece> pieces) {

    /** What a piece of a changed clause is. */
    public enum Kind { KEPT, DELETED, INSERTED }

    /** A run of words of one kind, joined by single spaces. */
    public record Piece(Kind kind, String text) {
    }

    public WordDiff {
        pieces = List.copyOf(pieces);
    }

    /** The word diff of two versions of a clause. */
    public static WordDiff of(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            add(pieces, Kind.KEPT, old.subList(at, delta.getSource().getPosition()));
            add(pieces, Kind.DELETED, delta.getSource().getLines());
            add(pieces, Kind.INSERTED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, Kind.KEPT, old.subList(at, old.size()));
        return new WordDiff(pieces);
    }

    /** The share of the words of both versions that were kept: 1 for equal clauses, 0 for unrelated ones. */
    public double similarity() {
        int kept = 0;
        int all = 0;
        for (Piece piece : pieces) {
            int count = piece.text().split(" ").length;
            kept += piece.kind() == Kind.KEPT ? 2 * count : 0;
            all += piece.kind() == Kind.KEPT ? 2 * count : count;
        }
        return all == 0 ? 1 : (double) kept / all;
    }

    private static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }

    private static void add(List<Piece> pieces, Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join(" ", words);
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + " " + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }
}
