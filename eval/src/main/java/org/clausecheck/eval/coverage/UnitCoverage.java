package org.clausecheck.eval.coverage;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clausecheck.analyze.finding.Status;

/**
 * What one unit does over the probed contracts.
 *
 * @param unit    the pattern, group or vocabulary entry
 * @param fires   the contracts in which the evidence changes without it, in id order
 * @param decides the contracts in which a rule's status changes without it, with those changes, in id order
 * @param flag    why it looks fitted to few documents, or {@link Flag#NONE}
 */
public record UnitCoverage(ProbeUnit unit, List<ProbeContract> fires, Map<ProbeContract, List<Change>> decides,
                           Flag flag) {

    /**
     * A rule's status in a contract with the whole playbook and without the unit.
     *
     * @param label the labelled status of the rule in that contract, or null when not labelled
     */
    public record Change(String ruleId, Status with, Status without, Status label) {

        public Change {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(with, "with");
            Objects.requireNonNull(without, "without");
        }

        /** "documentation MET->MISSING (label MET)". */
        @Override
        public String toString() {
            return ruleId + " " + with + "->" + without + (label == null ? "" : " (label " + label + ")");
        }
    }

    /** Why a unit looks like a memory of a few contracts rather than a rule. */
    public enum Flag {
        NONE(""),
        /** It changes the evidence in no contract. */
        NEVER_FIRES("never fires"),
        /** It changes the evidence in one contract only (copies and parts of one agreement count once). */
        ONE_CONTRACT("fires in one contract"),
        /** It changes the evidence in a few contracts, all of one kind of agreement. */
        ONE_KIND("fires only in contracts of one kind");

        private final String description;

        Flag(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The most contracts (families) a unit may fire in to be flagged as fitted to one kind. */
    public static final int FEW = 3;

    public UnitCoverage {
        Objects.requireNonNull(unit, "unit");
        fires = List.copyOf(fires);
        TreeMap<ProbeContract, List<Change>> sorted = new TreeMap<>(Comparator.comparing(ProbeContract::id));
        decides.forEach((contract, changes) -> sorted.put(contract, List.copyOf(changes)));
        decides = Collections.unmodifiableSortedMap(sorted);
        Objects.requireNonNull(flag, "flag");
    }

    /** The flag the contracts a unit fires in call for; kinds of agreement count only when every contract has one. */
    static Flag flag(List<ProbeContract> fires) {
        Set<String> families = fires.stream().map(ProbeContract::family).collect(Collectors.toCollection(TreeSet::new));
        if (families.isEmpty()) {
            return Flag.NEVER_FIRES;
        }
        if (families.size() == 1) {
            return Flag.ONE_CONTRACT;
        }
        Set<String> types = fires.stream().map(ProbeContract::type).collect(Collectors.toSet());
        if (families.size() <= FEW && types.size() == 1 && !types.contains("")) {
            return Flag.ONE_KIND;
        }
        return Flag.NONE;
    }

    /** How many contracts' verdicts it decides that the labels call right with it and wrong without it. */
    public int keepsRight() {
        int count = 0;
        for (List<Change> changes : decides.values()) {
            if (changes.stream().anyMatch(c -> c.label() != null && c.with() == c.label())) {
                count++;
            }
        }
        return count;
    }

    /** How many it decides that the labels call wrong with it and right without it. */
    public int keepsWrong() {
        int count = 0;
        for (List<Change> changes : decides.values()) {
            if (changes.stream().anyMatch(c -> c.label() != null && c.without() == c.label())) {
                count++;
            }
        }
        return count;
    }
}
