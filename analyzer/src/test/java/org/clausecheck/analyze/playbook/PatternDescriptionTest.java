package org.clausecheck.analyze.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every pattern of the default playbook says in one line what it recognises, for a lawyer who edits the rules. */
class PatternDescriptionTest {

    @Test
    void everyPatternOfTheDefaultPlaybookHasAOneLineDescription() {
        Playbook playbook = PlaybookLoader.loadDefault();
        List<String> without = new ArrayList<>();
        List<RulePattern> all = new ArrayList<>(playbook.weakening());
        playbook.weakening().stream().filter(p -> !describes(p)).forEach(p -> without.add("weakening " + p.id()));
        for (Rule rule : playbook.rules()) {
            for (List<RulePattern> patterns : List.of(rule.satisfied(), rule.weak(), rule.contrary(), rule.weakening())) {
                all.addAll(patterns);
                patterns.stream().filter(p -> !describes(p)).forEach(p -> without.add(rule.id() + " " + p.id()));
            }
        }
        assertEquals(List.of(), without, "patterns without a one-line description");
        assertFalse(all.isEmpty());
    }

    private static boolean describes(RulePattern pattern) {
        String description = pattern.description();
        return !description.isBlank() && !description.contains("\n") && description.length() <= 120;
    }
}
