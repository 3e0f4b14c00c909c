package org.clausecheck.eval.coverage;

import java.util.Map;
import java.util.Objects;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.eval.CorpusSplit;

/**
 * A contract of the probed corpus.
 *
 * @param id     its id (the file name without extension)
 * @param type   its kind of agreement (CUAD's agreement_type), or "" when unknown
 * @param labels the labelled status per rule id, where a labels file gives one
 */
public record ProbeContract(String id, String type, Map<String, Status> labels) {

    public ProbeContract {
        Objects.requireNonNull(id, "id");
        type = type == null ? "" : type.strip();
        labels = Map.copyOf(labels);
    }

    /** The half of the fixed split the contract is in. */
    public CorpusSplit half() {
        return CorpusSplit.of(id);
    }

    /** The contract without its copy or part number: copies of one agreement are one contract to the probe. */
    public String family() {
        return CorpusSplit.family(id);
    }
}
