package org.clausecheck.extract;

import java.time.Instant;
import java.util.List;

/**
 * What the file says about itself, and page furniture kept out of the body.
 *
 * @param title          the title property, or null
 * @param author         the author property, or null
 * @param created        creation date, or null
 * @param modified       last modification date, or null
 * @param pageCount      number of pages, or 0 when the format has no pages
 * @param runningHeaders distinct running headers (and DOCX header parts), in first-seen order
 * @param runningFooters distinct running footers and page-number lines (and DOCX footer parts)
 */
public record DocumentMetadata(String title, String author, Instant created, Instant modified, int pageCount,
                               List<String> runningHeaders, List<String> runningFooters) {

    public DocumentMetadata {
        runningHeaders = List.copyOf(runningHeaders);
        runningFooters = List.copyOf(runningFooters);
    }

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, 0, List.of(), List.of());
    }
}
