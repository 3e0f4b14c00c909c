package org.clausecheck.analyze.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybookValidatorTest {

    private static final String RULE = """
              - id: %s
                title: T
                category: c
                severity: required
                rationale: R
                recommendation: Ask for it.
                satisfied:
                  - id: p
                    match: %s
                contrary:
                  - id: q
                    match: retain*
                examples:
                  - {text: "a", expect: MET}
                  - {text: "b", expect: MISSING, kind: %s}
            """;

    private static Playbook playbook(String... rules) {
        return PlaybookLoader.load("version: '1'\nname: test\nrules:\n" + String.join("", rules), "test.yaml");
    }

    @Test
    void reportsDuplicateIdsBadPatternsAndMissingExamples() {
        List<String> problems = PlaybookValidator.problems(playbook(
                RULE.formatted("same-id", "assign*", "plain"), RULE.formatted("same-id", "ordered(x", "negated")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("duplicate id")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("')' expected")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("at least 6 needed")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("no example of kind 'negated'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("no CONTRARY example")), problems.toString());
        assertThrows(PlaybookException.class, () -> PlaybookValidator.validated(playbook(RULE.formatted("x", "a*b", "negated"))));
    }

    @Test
    void loaderRejectsUnknownKeysAndBadValues() {
        PlaybookException unknown = assertThrows(PlaybookException.class, () -> playbook(
                RULE.formatted("x", "assign*", "negated").replace("title: T", "title: T\n    colour: red")));
        assertTrue(unknown.getMessage().contains("unknown key 'colour'"), unknown.getMessage());
        PlaybookException severity = assertThrows(PlaybookException.class, () -> playbook(
                RULE.formatted("x", "assign*", "negated").replace("severity: required", "severity: urgent")));
        assertTrue(severity.getMessage().contains("required or recommended"), severity.getMessage());
        PlaybookException scope = assertThrows(PlaybookException.class, () -> playbook(RULE.formatted("x", "assign*",
                "negated").replace("match: retain*", "match: retain*\n        unless: x\n        unless-scope: clause")));
        assertTrue(scope.getMessage().contains("unless-scope must be sentence or object"), scope.getMessage());
        PlaybookException alone = assertThrows(PlaybookException.class, () -> playbook(RULE.formatted("x", "assign*",
                "negated").replace("match: retain*", "match: retain*\n        unless-scope: object")));
        assertTrue(alone.getMessage().contains("unless-scope without unless"), alone.getMessage());
        Playbook scoped = playbook(RULE.formatted("x", "assign*", "negated")
                .replace("match: retain*", "match: retain*\n        unless: x\n        unless-scope: object"));
        assertEquals(UnlessScope.OBJECT, scoped.rules().get(0).contrary().get(0).unlessScope());
        assertEquals(UnlessScope.SENTENCE, scoped.rules().get(0).satisfied().get(0).unlessScope());
        assertThrows(PlaybookException.class, () -> PlaybookLoader.load("version: [", "broken.yaml"));
        assertThrows(PlaybookException.class, () -> PlaybookLoader.load("name: no version\nrules: []", "v.yaml"));
    }

    @Test
    void loadsTheDefaultPlaybookWithItsVersionAndGroups() {
        Playbook playbook = PlaybookLoader.loadDefault();
        assertEquals("1.1.0", playbook.version());
        assertTrue(playbook.groups().containsKey("work-product"));
        assertEquals(11, playbook.rules().size());
    }
}
