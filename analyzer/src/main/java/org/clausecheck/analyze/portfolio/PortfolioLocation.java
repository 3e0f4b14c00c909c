package org.clausecheck.analyze.portfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the portfolio index lives when the user does not say. */
public final class PortfolioLocation {

    public static final String FOLDER_NAME = PortfolioScanner.INDEX_FOLDER_NAME;

    private PortfolioLocation() {
    }

    /**
     * Beside the audited folder (its parent's {@code .clausecheck/}), beside a single audited file, and in
     * the current directory for several inputs: so that {@code audit contracts/} then {@code search} from
     * the same directory find the same index.
     */
    public static Path defaultFor(List<Path> inputs) {
        if (inputs.size() == 1) {
            Path input = inputs.get(0).toAbsolutePath().normalize();
            Path parent = input.getParent();
            if (parent != null && (Files.isDirectory(input) || Files.isRegularFile(input))) {
                return parent.resolve(FOLDER_NAME);
            }
        }
        return Path.of(FOLDER_NAME);
    }

    /** Where {@code search} looks by default: the current directory. */
    public static Path defaultForSearch() {
        return Path.of(FOLDER_NAME);
    }
}
