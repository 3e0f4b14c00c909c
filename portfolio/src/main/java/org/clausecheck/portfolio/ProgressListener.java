package org.clausecheck.portfolio;

/** Hears about an audit's progress; called from worker threads, one call at a time. */
public interface ProgressListener {

    void started(int total);

    void fileDone(AuditRow row);

    void finished();

    /** A file was read with a warning (a page without text, a macro-enabled document); not for reused rows. */
    default void warning(AuditRow row, String message) {
    }

    static ProgressListener none() {
        return new ProgressListener() {
            @Override
            public void started(int total) {
            }

            @Override
            public void fileDone(AuditRow row) {
            }

            @Override
            public void finished() {
            }
        };
    }
}
