package org.clausecheck.analyze.report;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.clausecheck.extract.ExtractionWarning;

/**
 * How much of a document was read, from its extraction warnings: a review of a file read in part must say so,
 * since a protection it did not find may stand on a page it could not read.
 *
 * @param unreadPages  the pages that failed or had no text layer, ascending
 * @param textLostNote a document-level reason that text was lost (a file cut short), or empty
 */
public record ReadCoverage(List<Integer> unreadPages, Optional<String> textLostNote) {

    /** What a MISSING verdict means in a document read in part. */
    public static final String MISSING_IN_PART = "not found in the pages read";

    public ReadCoverage {
        unreadPages = List.copyOf(unreadPages);
    }

    public static ReadCoverage of(List<ExtractionWarning> warnings) {
        TreeSet<Integer> pages = new TreeSet<>();
        Optional<String> note = Optional.empty();
        for (ExtractionWarning warning : warnings) {
            if (!warning.textLost()) {
                continue;
            }
            if (warning.page() > 0) {
                pages.add(warning.page());
            } else if (note.isEmpty()) {
                note = Optional.of(warning.message());
            }
        }
        return new ReadCoverage(List.copyOf(pages), note);
    }

    public static ReadCoverage of(DocumentReport document) {
        return of(document.warnings());
    }

    /** True when some of the document could not be read. */
    public boolean partial() {
        return !unreadPages.isEmpty() || textLostNote.isPresent();
    }

    /** "pages 4-11 could not be read", or the reason text was lost; empty for a document read whole. */
    public String summary() {
        if (!unreadPages.isEmpty()) {
            return (unreadPages.size() == 1 ? "page " : "pages ") + ranges() + " could not be read"
                    + textLostNote.map(note -> " (" + note + ")").orElse("");
        }
        return textLostNote.orElse("");
    }

    /** The line every format puts at the top of a document read in part. */
    public String headline() {
        return partial() ? "read in part, " + summary() + ". The review is incomplete: MISSING means "
                + MISSING_IN_PART + "." : "";
    }

    /** "2, 4-11". */
    private String ranges() {
        StringBuilder ranges = new StringBuilder();
        int i = 0;
        while (i < unreadPages.size()) {
            int first = unreadPages.get(i);
            int last = first;
            while (i + 1 < unreadPages.size() && unreadPages.get(i + 1) == last + 1) {
                last = unreadPages.get(++i);
            }
            ranges.append(ranges.length() == 0 ? "" : ", ").append(first).append(first == last ? "" : "-" + last);
            i++;
        }
        return ranges.toString();
    }
}
