package org.clausecheck.eval.coverage;

import java.util.List;
import java.util.Objects;
import org.clausecheck.eval.CorpusSource;
import org.clausecheck.eval.CorpusSplit;

/**
 * The coverage of a playbook over a corpus.
 *
 * @param playbookName    the playbook's name
 * @param playbookVersion its version
 * @param contracts       the contracts read, in id order
 * @param units           every unit, in playbook order
 * @param errors          the contracts that could not be read, one line each
 * @param source          which file of a contract was read
 * @param split           the half of the corpus probed
 * @param typeSource      where the kinds of agreement came from, or "" when from nowhere
 */
public record CoverageResult(String playbookName, String playbookVersion, List<ProbeContract> contracts,
                             List<UnitCoverage> units, List<String> errors, CorpusSource source, CorpusSplit split,
                             String typeSource) {

    public CoverageResult {
        Objects.requireNonNull(playbookName, "playbookName");
        Objects.requireNonNull(playbookVersion, "playbookVersion");
        contracts = List.copyOf(contracts);
        units = List.copyOf(units);
        errors = List.copyOf(errors);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(split, "split");
        typeSource = typeSource == null ? "" : typeSource;
    }

    /** The units with a flag, in playbook order. */
    public List<UnitCoverage> flagged(UnitCoverage.Flag flag) {
        return units.stream().filter(unit -> unit.flag() == flag).toList();
    }

    /** The coverage of one unit, by its key. */
    public java.util.Optional<UnitCoverage> unit(String key) {
        return units.stream().filter(unit -> unit.unit().key().equals(key)).findFirst();
    }
}
