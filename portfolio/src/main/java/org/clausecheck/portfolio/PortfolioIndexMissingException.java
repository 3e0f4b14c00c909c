package org.clausecheck.portfolio;

import java.nio.file.Path;

/** There is no portfolio index where one was expected: the user has not audited yet. */
public final class PortfolioIndexMissingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public PortfolioIndexMissingException(Path folder) {
        super("no portfolio index at " + PortfolioLocation.shown(folder) + "; run 'clausecheck audit DIR' first");
    }
}
