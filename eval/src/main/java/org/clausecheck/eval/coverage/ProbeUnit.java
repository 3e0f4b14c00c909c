package org.clausecheck.eval.coverage;

import java.util.Objects;

/**
 * One thing of a playbook the coverage probe leaves out to see what the verdicts lose: a pattern, a named group,
 * or one alternative of an any() list (a vocabulary entry) in a pattern, its exception or a group.
 *
 * @param kind     what is left out
 * @param rule     the rule of the pattern, or "" for the shared weakening patterns and the groups
 * @param list     satisfied, weak, contrary or weakening for patterns; "groups" for groups
 * @param name     the pattern's id, or the group's name
 * @param part     for an entry: "match" or "unless" of a pattern, "group" of a group; "" otherwise
 * @param anyList  for an entry: 1-based number of its any() list in that text, in the order the lists open; else 0
 * @param entry    for an entry: the alternative as written, white space collapsed; else ""
 * @param role     for an entry: "match" where it gives matches, "exception" where it takes them away (an unless,
 *                 the second pattern of notnear() or notcontaining()); else ""
 */
public record ProbeUnit(Kind kind, String rule, String list, String name, String part, int anyList, String entry,
                        String role) {

    /** What a unit is. */
    public enum Kind {
        /** A pattern of a rule, or a shared weakening pattern. */
        PATTERN,
        /** A named group. */
        GROUP,
        /** One alternative of an any() list. */
        ENTRY;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ProbeUnit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(role, "role");
    }

    static ProbeUnit pattern(String rule, String list, String id) {
        return new ProbeUnit(Kind.PATTERN, rule, list, id, "", 0, "", "");
    }

    static ProbeUnit group(String name) {
        return new ProbeUnit(Kind.GROUP, "", "groups", name, "", 0, "", "");
    }

    static ProbeUnit entry(ProbeUnit owner, String part, PatternText.Alternative alternative) {
        return new ProbeUnit(Kind.ENTRY, owner.rule(), owner.list(), owner.name(), part, alternative.list(),
                alternative.text().strip().replaceAll("\\s+", " "), alternative.exception() ? "exception" : "match");
    }

    /** What holds the unit: "ip-ownership/satisfied/present-assignment", "weakening/extra-fees", "@work-product". */
    public String owner() {
        if (list.equals("groups")) {
            return "@" + name;
        }
        return (rule.isEmpty() ? "" : rule + "/") + list + "/" + name;
    }

    /**
     * A readable, unique key: the owner for patterns and groups; for an entry the owner, the part when it is
     * an exception, the any() list and the entry: {@code environment-access/satisfied/x any#2 "owner access"}.
     */
    public String key() {
        if (kind != Kind.ENTRY) {
            return owner();
        }
        return owner() + (part.equals("unless") ? "/unless" : "") + " any#" + anyList + " " + entry;
    }

    @Override
    public String toString() {
        return key();
    }
}
