package org.clausecheck.eval;

import java.util.Locale;
import java.util.Map;
import org.clausecheck.analyze.finding.Status;

/** The labels of LABELING.md as clausecheck statuses. */
public final class LabelMapping {

    private static final Map<String, Status> STATUS = Map.ofEntries(
            Map.entry("CUSTOMER", Status.MET), Map.entry("PRESENT", Status.MET), Map.entry("FULL", Status.MET),
            Map.entry("BASIC", Status.WEAK), Map.entry("TRAINING", Status.WEAK), Map.entry("MIXED", Status.WEAK),
            Map.entry("VENDOR", Status.CONTRARY), Map.entry("JOINT", Status.CONTRARY),
            Map.entry("NONE", Status.MISSING), Map.entry("ABSENT", Status.MISSING));

    private LabelMapping() {
    }

    public static Status status(String label) {
        Status status = STATUS.get(label.strip().toUpperCase(Locale.ROOT));
        if (status == null) {
            throw new IllegalArgumentException("unknown label '" + label + "'; expected one of " + STATUS.keySet());
        }
        return status;
    }
}
