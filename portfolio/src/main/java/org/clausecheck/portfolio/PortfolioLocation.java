package org.clausecheck.portfolio;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/** Where the portfolio index lives when the user does not say, and how to talk about it. */
public final class PortfolioLocation {

    public static final String FOLDER_NAME = PortfolioScanner.INDEX_FOLDER_NAME;

    private PortfolioLocation() {
    }

    /**
     * {@code .clausecheck/} in the current folder, for {@code audit} and {@code search} alike: one place, so that a
     * search run from the folder an audit was run from always finds its index, whatever the audit's inputs were.
     */
    public static Path defaultFolder() {
        return Path.of(FOLDER_NAME);
    }

    /** The folder as the commands print it: absolute, so that the user can find it from anywhere. */
    public static Path shown(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    /** True when Lucene could not read the index's files: they are damaged, not merely unreadable. */
    public static boolean isDamage(IOException e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof EOFException;
    }

    /** One line: which index is damaged, why, and how to rebuild it. */
    public static String damaged(Path folder, IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                .orElse("").strip();
        // Lucene appends the resource it was reading, a long internal name; the index folder is named already.
        int resource = message.indexOf(" (resource");
        String reason = resource > 0 ? message.substring(0, resource) : message;
        return "the index at " + shown(folder) + " is damaged (" + reason + "); rebuild it: delete that folder and run"
                + " 'clausecheck audit DIR' again";
    }
}
