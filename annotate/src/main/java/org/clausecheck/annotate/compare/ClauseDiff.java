package org.clausecheck.annotate.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;
import org.clausecheck.extract.ExtractedDocument;

/**
 * The clauses added, removed and changed between two drafts: java-diff-utils aligns the drafts' clauses (blocks
 * other than headings, whitespace folded); within a replaced stretch, a removed and an added clause with the same
 * printed section number, or that keep at least {@value #SAME_CLAUSE} of their words, are one clause changed, with
 * its word diff.
 */
public final class ClauseDiff {

    /** The share of kept words above which a replaced clause is taken as the same clause, changed. */
    static final double SAME_CLAUSE = 0.5;

    private ClauseDiff() {
    }

    /** A clause's text and section; numbered when the section is the clause's own printed number. */
    private record Clause(String text, String section, boolean numbered) {

        boolean sameAs(Clause other) {
            return numbered && other.numbered && section.equals(other.section)
                    || WordDiff.of(text, other.text).similarity() >= SAME_CLAUSE;
        }
    }

    public static List<ClauseChange> between(ExtractedDocument before, ExtractedDocument after) {
        List<Clause> old = clauses(before);
        List<Clause> now = clauses(after);
        List<ClauseChange> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(texts(old), texts(now)).getDeltas()) {
            int from = delta.getSource().getPosition();
            int to = delta.getTarget().getPosition();
            pair(old.subList(from, from + delta.getSource().size()), now.subList(to, to + delta.getTarget().size()),
                    changes);
        }
        return List.copyOf(changes);
    }

    /** Old clauses of a replaced stretch matched in order with new ones they resemble; the rest removed or added. */
    private static void pair(List<Clause> removed, List<Clause> added, List<ClauseChange> changes) {
        int next = 0;
        for (Clause old : removed) {
            int match = -1;
            for (int j = next; j < added.size() && match < 0; j++) {
                if (old.sameAs(added.get(j))) {
                    match = j;
                }
            }
            if (match < 0) {
                changes.add(new ClauseChange(ClauseChange.Kind.REMOVED, old.section(), old.text(), "",
                        WordDiff.of(old.text(), "")));
                continue;
            }
            for (; next < match; next++) {
                changes.add(addedClause(added.get(next)));
            }
            Clause now = added.get(next++);
            changes.add(new ClauseChange(ClauseChange.Kind.CHANGED, now.section(), old.text(), now.text(),
                    WordDiff.of(old.text(), now.text())));
        }
        for (; next < added.size(); next++) {
            changes.add(addedClause(added.get(next)));
        }
    }

    private static ClauseChange addedClause(Clause clause) {
        return new ClauseChange(ClauseChange.Kind.ADDED, clause.section(), "", clause.text(),
                WordDiff.of("", clause.text()));
    }

    private static List<Clause> clauses(ExtractedDocument document) {
        List<Clause> clauses = new ArrayList<>();
        for (Block block : document.blocks()) {
            String text = block.text().strip().replaceAll("\\s+", " ");
            if (block.kind() != BlockKind.HEADING && !text.isEmpty()) {
                clauses.add(new Clause(text, section(block), block.sectionNumber() != null));
            }
        }
        return clauses;
    }

    private static String section(Block block) {
        if (block.sectionNumber() != null) {
            return block.sectionNumber();
        }
        return block.headingPath().isEmpty() ? "" : block.headingPath().get(block.headingPath().size() - 1);
    }

    private static List<String> texts(List<Clause> clauses) {
        return clauses.stream().map(Clause::text).toList();
    }
}
