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
            return new PlaybookProblem(file, lineOf(lines, "id:\\s*[\"']?" + Pattern.quote(rule.group(1)) + "[\"']?\\s*$"),
                    message);
        }
        Matcher group = GROUP.matcher(message);
        if (group.find()) {
            return new PlaybookProblem(file, lineOf(lines, "^\\s+" + Pattern.quote(group.group(1)) + ":"), message);
        }
        Matcher yaml = YAML_LINE.matcher(message);
        return new PlaybookProblem(file, yaml.find() ? Integer.parseInt(yaml.group(1)) : 0, message);
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
