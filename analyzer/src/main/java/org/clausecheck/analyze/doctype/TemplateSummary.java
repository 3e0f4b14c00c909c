package org.clausecheck.analyze.doctype;

import java.util.Map;
import org.clausecheck.analyze.template.MarkKind;
import org.clausecheck.analyze.template.TemplateMarks;

/**
 * How far a document is a form not filled in.
 *
 * @param openElections  groups of options of which none is ticked
 * @param openOptions    options in those groups
 * @param placeholders   blanks to fill in
 * @param draftingNotes  notes to whoever fills in the form
 * @param emptyHeadings  headings and labels with nothing under them but blanks and notes
 */
public record TemplateSummary(int openElections, int openOptions, int placeholders, int draftingNotes,
                              int emptyHeadings) {

    public static final TemplateSummary NONE = new TemplateSummary(0, 0, 0, 0, 0);

    public static TemplateSummary of(TemplateMarks marks) {
        Map<MarkKind, Integer> counts = marks.counts();
        return new TemplateSummary(marks.openElections(), counts.getOrDefault(MarkKind.OPEN_OPTION, 0),
                counts.getOrDefault(MarkKind.PLACEHOLDER, 0), counts.getOrDefault(MarkKind.DRAFTING_NOTE, 0),
                counts.getOrDefault(MarkKind.EMPTY_HEADING, 0));
    }

    /** True when the document has any mark of an unfinished form. */
    public boolean isTemplate() {
        return openElections + placeholders + draftingNotes + emptyHeadings > 0;
    }

    /** "3 open elections, 12 blanks, 4 drafting notes, 1 empty heading", or "" when there is none. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, openElections, "open election", "open elections");
        append(text, placeholders, "blank to fill in", "blanks to fill in");
        append(text, draftingNotes, "drafting note", "drafting notes");
        append(text, emptyHeadings, "empty heading", "empty headings");
        return text.toString();
    }

    private static void append(StringBuilder text, int count, String one, String many) {
        if (count > 0) {
            text.append(text.length() > 0 ? ", " : "").append(count).append(' ').append(count == 1 ? one : many);
        }
    }
}
