package org.clausecheck.portfolio;

import java.util.List;
import java.util.Map;

/**
 * What the scanner found.
 *
 * @param files      candidate contracts, sorted by display name
 * @param skipped    files that are not contracts (images, spreadsheets, binaries), by reason
 * @param missing    inputs named on the command line that do not exist
 * @param folderKeys absolute keys of the folders audited, under which deleted files leave the index
 */
public record ScanResult(List<PortfolioFile> files, Map<String, Integer> skipped, List<String> missing,
                         List<String> folderKeys) {

    public ScanResult {
        files = List.copyOf(files);
        skipped = Map.copyOf(skipped);
        missing = List.copyOf(missing);
        folderKeys = List.copyOf(folderKeys);
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
