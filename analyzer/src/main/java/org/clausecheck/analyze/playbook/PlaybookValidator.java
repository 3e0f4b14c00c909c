package org.clausecheck.analyze.playbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausecheck.analyze.finding.RecommendedLanguage;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.match.index.PatternCompiler;

/**
 * Checks a playbook's meaning: unique ids, patterns that compile, enough examples of the right kinds for one
 * generic test to prove each rule (LanguageTool's lesson: a rule without examples is untested), and examples that
 * name the pattern deciding them, so that every pattern is proven by one ({@link ExampleMarkers}).
 */
public final class PlaybookValidator {

    public static final int MIN_EXAMPLES = 6;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private PlaybookValidator() {
    }

    /** Every problem found, empty when the playbook is valid. */
    public static List<String> problems(Playbook playbook) {
        return problems(playbook, true);
    }

    /**
     * @param wholePlaybook false for the check before an analysis, which may run a playbook narrowed to some rules
     *                      ({@code --only}): it keeps the shared weakening patterns, not necessarily the examples
     *                      that decide them (ExampleMarkers)
     */
    private static List<String> problems(Playbook playbook, boolean wholePlaybook) {
        List<String> problems = new ArrayList<>();
        PatternCompiler compiler = new PatternCompiler(playbook.groups());
        for (Map.Entry<String, String> group : playbook.groups().entrySet()) {
            try {
                compiler.compile(group.getValue());
            } catch (IllegalArgumentException e) {
                problems.add("group " + group.getKey() + ": " + e.getMessage());
            }
        }
        Set<String> ids = new HashSet<>();
        checkPatterns(compiler, "playbook weakening", playbook.weakening(), problems);
        for (Rule rule : playbook.rules()) {
            String where = "rule " + rule.id();
            if (!ID.matcher(rule.id()).matches()) {
                problems.add(where + ": id must be lower-case words joined by '-'");
            }
            if (!ids.add(rule.id())) {
                problems.add(where + ": duplicate id");
            }
            for (String placeholder : RecommendedLanguage.unknownPlaceholders(rule.recommendation())) {
                problems.add(where + ": unknown placeholder " + placeholder + " in the recommendation; use {customer}"
                        + " or {vendor}");
            }
            if (rule.satisfied().isEmpty()) {
                problems.add(where + ": no satisfying pattern");
            }
            checkPatterns(compiler, where + " satisfied", rule.satisfied(), problems);
            checkPatterns(compiler, where + " weak", rule.weak(), problems);
            checkPatterns(compiler, where + " contrary", rule.contrary(), problems);
            checkPatterns(compiler, where + " weakening", rule.weakening(), problems);
            if (rule.coverage() != null) {
                try {
                    compiler.compile(rule.coverage().appliesWhen());
                    compiler.compile(rule.coverage().reaches());
                } catch (IllegalArgumentException e) {
                    problems.add(where + " covers: " + e.getMessage());
                }
            }
            List<RuleExample> examples = rule.examples();
            if (examples.size() < MIN_EXAMPLES) {
                problems.add(where + ": " + examples.size() + " examples, at least " + MIN_EXAMPLES + " needed");
            }
            if (examples.stream().noneMatch(e -> e.kind().equals("negated"))) {
                problems.add(where + ": no example of kind 'negated'");
            }
            if (rule.contrary().isEmpty()) {
                problems.add(where + ": no contrary patterns (what the contract says against the protection)");
            } else if (examples.stream().noneMatch(e -> e.expect() == Status.CONTRARY)) {
                problems.add(where + ": contrary patterns but no CONTRARY example");
            }
            if (examples.stream().noneMatch(e -> e.expect() == Status.MET)) {
                problems.add(where + ": no MET example");
            }
            if (examples.stream().noneMatch(e -> e.expect() == Status.MISSING)) {
                problems.add(where + ": no MISSING example");
            }
        }
        problems.addAll(ExampleMarkers.problems(playbook, wholePlaybook));
        return problems;
    }

    /** What stops an analysis from running this playbook (the check {@link #validated} makes); empty when nothing. */
    public static List<String> problemsBeforeAnalysis(Playbook playbook) {
        return problems(playbook, false);
    }

    /** The playbook when nothing stops it from being run, else a PlaybookException listing every problem. */
    public static Playbook validated(Playbook playbook) {
        List<String> problems = problems(playbook, false);
        if (!problems.isEmpty()) {
            throw new PlaybookException("invalid playbook " + playbook.name() + ":\n  " + String.join("\n  ", problems));
        }
        return playbook;
    }

    private static void checkPatterns(PatternCompiler compiler, String where, List<RulePattern> patterns,
                                      List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (RulePattern pattern : patterns) {
            if (!ids.add(pattern.id())) {
                problems.add(where + ": duplicate pattern id " + pattern.id());
            }
            try {
                compiler.compile(pattern.match());
                if (pattern.unless() != null) {
                    compiler.compile(pattern.unless());
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + " " + pattern.id() + ": " + e.getMessage());
            }
        }
    }
}
