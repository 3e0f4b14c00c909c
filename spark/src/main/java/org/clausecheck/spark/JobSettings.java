package org.clausecheck.spark;

import java.io.Serializable;
import java.util.Objects;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.extract.ExtractionOptions;

/**
 * What every executor needs to audit a file, broadcast once from the driver: plain serialisable data. The analyzer,
 * the extractor and the inventory's models are built on the executors, never sent.
 *
 * @param playbook   the rules, as loaded and validated on the driver
 * @param extraction size limits and the reading of tracked changes, as the audit's defaults
 * @param inventory  read the clause inventory and key terms
 */
public record JobSettings(Playbook playbook, ExtractionOptions extraction, boolean inventory) implements Serializable {

    public JobSettings {
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(extraction, "extraction");
    }
}
