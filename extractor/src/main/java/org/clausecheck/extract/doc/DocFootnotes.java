package org.clausecheck.extract.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Notes;

/**
 * Footnote texts of a Word 97-2003 document by the position of their reference in the main text, so each
 * can follow the paragraph that cites it. Notes whose reference is not met are handed out at the end.
 */
final class DocFootnotes {

    private final Map<Integer, String> byAnchor;

    private DocFootnotes(Map<Integer, String> byAnchor) {
        this.byAnchor = byAnchor;
    }

    static DocFootnotes read(HWPFDocument document) {
        Map<Integer, String> byAnchor = new LinkedHashMap<>();
        Notes notes = document.getFootnotes();
        String story = document.getFootnoteRange().text();
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
        return new DocFootnotes(byAnchor);
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
