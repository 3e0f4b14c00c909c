package org.clausecheck.analyze.playbook;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem in a playbook file, located at a line so that an editor can jump to it.
 *
 * @param file    the playbook file as named
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong
 */
public record PlaybookProblem(String file, int line, String message) {

    private static final Pattern RULE = Pattern.compile("^rule ([a-z0-9-]+)");
    private static final Pattern EXAMPLE = Pattern.compile("^rule [a-z0-9-]+ example (\\d+)");
    private static final Pattern RULE_PATTERN = Pattern.compile("^rule [a-z0-9-]+: [a-z]+ pattern ([A-Za-z0-9_-]+) ");
    private static final Pattern SHARED_PATTERN = Pattern.compile("^playbook weakening ([A-Za-z0-9_-]+)");
    private static final Pattern GROUP = Pattern.compile("^group ([A-Za-z0-9_-]+)");
    private static final Pattern YAML_LINE = Pattern.compile("line (\\d+), column \\d+");

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    /**
     * Places a validator message ("rule ip-ownership: ...", "group work-product: ...") at the line that
     * defines the rule or group it names.
     */
    public static PlaybookProblem locate(String file, List<String> lines, String message) {
        Matcher rule = RULE.matcher(message);
        if (rule.find()) {
            int ruleLine = lineOf(lines, "id:\\s*[\"']?" + Pattern.quote(rule.group(1)) + "[\"']?\\s*$");
            Matcher example = EXAMPLE.matcher(message);
            Matcher pattern = RULE_PATTERN.matcher(message);
            int line = example.find() ? exampleLine(lines, ruleLine, Integer.parseInt(example.group(1)))
                    : pattern.find() ? idLine(lines, ruleLine, pattern.group(1)) : 0;
            return new PlaybookProblem(file, line > 0 ? line : ruleLine, message);
        }
        Matcher shared = SHARED_PATTERN.matcher(message);
        if (shared.find()) {
            return new PlaybookProblem(file, idLine(lines, 0, shared.group(1)), message);
        }
        Matcher group = GROUP.matcher(message);
        if (group.find()) {
            return new PlaybookProblem(file, lineOf(lines, "^\\s+" + Pattern.quote(group.group(1)) + ":"), message);
        }
        Matcher yaml = YAML_LINE.matcher(message);
        return new PlaybookProblem(file, yaml.find() ? Integer.parseInt(yaml.group(1)) : 0, message);
    }

    /** The line of the {@code number}th example of the rule whose id stands on {@code ruleLine}, or 0. */
    private static int exampleLine(List<String> lines, int ruleLine, int number) {
        if (ruleLine <= 0) {
            return 0;
        }
        int ruleIndent = indent(lines.get(ruleLine - 1));
        String itemIndent = null;
        int seen = 0;
        boolean inExamples = false;
        for (int i = ruleLine; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (indent(line) <= ruleIndent && line.strip().startsWith("- ")) {
                return 0; // the next rule
            }
            if (line.strip().equals("examples:")) {
                inExamples = true;
            } else if (inExamples && line.strip().startsWith("- ")) {
                String lead = line.substring(0, indent(line));
                if (itemIndent == null) {
                    itemIndent = lead;
                }
                if (lead.equals(itemIndent) && ++seen == number) {
                    return i + 1;
                }
            } else if (inExamples && itemIndent != null && indent(line) < itemIndent.length()) {
                inExamples = false;
            }
        }
        return 0;
    }

    /** The first line after {@code fromLine} that gives this id, or 0. */
    private static int idLine(List<String> lines, int fromLine, String id) {
        Pattern pattern = Pattern.compile("id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*$");
        for (int i = Math.max(fromLine, 0); i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where an "- id:" line's dash stands, or the first non-blank character of the line. */
    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int lineOf(List<String> lines, String regex) {
        Pattern pattern = Pattern.compile(regex);
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
