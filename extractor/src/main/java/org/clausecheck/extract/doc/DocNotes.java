package org.clausecheck.extract.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Footnote or endnote texts of a Word 97-2003 document by the position of their reference in the main
 * text, so each can follow the paragraph that cites it. Notes whose reference is not met are handed out
 * at the end.
 */
final class DocNotes {

    private final Map<Integer, String> byAnchor;

    private DocNotes(Map<Integer, String> byAnchor) {
        this.byAnchor = byAnchor;
    }

    static DocNotes footnotes(HWPFDocument document) {
        return read(document.getFootnotes(), document.getFootnoteRange());
    }

    static DocNotes endnotes(HWPFDocument document) {
        return read(document.getEndnotes(), document.getEndnoteRange());
    }

    private static DocNotes read(Notes notes, Range range) {
        Map<Integer, String> byAnchor = new LinkedHashMap<>();
        String story = range == null ? "" : range.text();
        for (int i = 0; notes != null && i < notes.getNotesCount(); i++) {
            int start = Math.max(0, notes.getNoteTextStartOffset(i));
            int end = Math.min(story.length(), notes.getNoteTextEndOffset(i));
            if (start < end) {
                String text = DocText.clean(story.substring(start, end)).strip();
                if (!text.isEmpty()) {
                    byAnchor.put(notes.getNoteAnchorPosition(i), text);
                }
            }
        }
        return new DocNotes(byAnchor);
    }

    /** The note referenced at this character position, once. */
    Optional<String> take(int anchor) {
        return Optional.ofNullable(byAnchor.remove(anchor));
    }

    List<String> unreferenced() {
        List<String> rest = new ArrayList<>(byAnchor.values());
        byAnchor.clear();
        return rest;
    }
}
