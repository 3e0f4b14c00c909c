package org.clausecheck.extract.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.clausecheck.extract.RevisionView;

/**
 * The printed text of Word 97-2003 paragraphs. The binary format keeps control characters in the text:
 * fields as {@code \u0013 instruction \u0014 result \u0015}, cell and paragraph marks, footnote anchors
 * ({@code \u0002}), objects. Revision marks are kept or dropped by the view.
 */
final class DocText {

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';
    private static final char NOTE_ANCHOR = '\u0002';
    private static final char LINE_BREAK = '\u000B';
    private static final char NON_BREAKING_HYPHEN = '\u001E';

    /**
     * One paragraph in a view.
     *
     * @param text            the visible text
     * @param removedByView   the paragraph holds revision-marked text that this view drops
     * @param noteAnchors     character positions of footnote references, in order
     */
    record Visible(String text, boolean removedByView, List<Integer> noteAnchors) {
    }

    private DocText() {
    }

    static Visible paragraph(Paragraph paragraph, RevisionView view) {
        StringBuilder out = new StringBuilder();
        List<Integer> anchors = new ArrayList<>();
        Deque<Boolean> fields = new ArrayDeque<>();
        boolean removed = false;
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            boolean dropped = view == RevisionView.ACCEPTED ? run.isMarkedDeleted() : run.isMarkedInserted();
            if (dropped || run.isVanished()) {
                removed |= dropped && !run.text().isBlank();
                continue;
            }
            String text = run.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == NOTE_ANCHOR) {
                    anchors.add(run.getStartOffset() + i);
                }
                append(c, fields, out);
            }
        }
        return new Visible(out.toString(), removed, anchors);
    }

    /** Cleans a whole story (header, footer, note) at once. */
    static String clean(String raw) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> fields = new ArrayDeque<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            append(c == '\r' || c == '\u0007' ? '\n' : c, fields, out);
        }
        return out.toString();
    }

    /** Appends one character unless it is markup; {@code fields} holds, per open field, "in its result". */
    private static void append(char c, Deque<Boolean> fields, StringBuilder out) {
        switch (c) {
            case FIELD_BEGIN -> fields.push(false);
            case FIELD_SEPARATOR -> {
                if (!fields.isEmpty()) {
                    fields.pop();
                    fields.push(true);
                }
            }
            case FIELD_END -> {
                if (!fields.isEmpty()) {
                    fields.pop();
                }
            }
            default -> {
                if (fields.contains(false)) {
                    return; // a field instruction ("PAGE", "HYPERLINK ...") is not printed
                }
                if (c == LINE_BREAK || c == '\n') {
                    out.append('\n');
                } else if (c == NON_BREAKING_HYPHEN) {
                    out.append('-');
                } else if (c == '\t' || c >= ' ') {
                    out.append(c);
                }
            }
        }
    }
}
