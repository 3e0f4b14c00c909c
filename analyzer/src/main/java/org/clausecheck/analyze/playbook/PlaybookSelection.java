package org.clausecheck.analyze.playbook;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Narrows a playbook to some of its rules, as {@code --only} asks. */
public final class PlaybookSelection {

    private PlaybookSelection() {
    }

    /**
     * The playbook with only the named rules, in playbook order.
     *
     * @throws PlaybookException naming the unknown ids and listing the valid ones
     */
    public static Playbook only(Playbook playbook, Set<String> ruleIds) {
        Set<String> unknown = new TreeSet<>(ruleIds);
        playbook.rules().forEach(rule -> unknown.remove(rule.id()));
        if (!unknown.isEmpty()) {
            throw new PlaybookException("unknown rule id " + String.join(", ", unknown) + "; valid ids: "
                    + String.join(", ", playbook.rules().stream().map(Rule::id).toList()));
        }
        List<Rule> selected = playbook.rules().stream().filter(rule -> ruleIds.contains(rule.id())).toList();
        return new Playbook(playbook.version(), playbook.name(), playbook.examplePreamble(), playbook.groups(),
                playbook.weakening(), selected);
    }
}
