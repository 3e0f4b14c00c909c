package org.clausecheck.analyze.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clausecheck.analyze.finding.Status;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a playbook from YAML and checks its shape; {@link PlaybookValidator} checks its meaning. */
public final class PlaybookLoader {

    /** The default playbook's resource name. */
    public static final String DEFAULT_RESOURCE = "/org/clausecheck/analyze/playbook/default-playbook.yaml";

    private static final Set<String> RULE_KEYS = Set.of("id", "title", "category", "severity", "rationale",
            "headings", "satisfied", "weak", "contrary", "weakening", "recommendation", "examples", "covers");
    private static final Set<String> PATTERN_KEYS = Set.of("id", "match", "unless", "unless-scope", "headings",
            "negation", "definitions", "description");
    private static final Set<String> EXAMPLE_KEYS = Set.of("text", "expect", "kind", "decided-by", "rejected");

    private PlaybookLoader() {
    }

    /** The default playbook, read once: it is immutable, and analyzers compile a playbook once per instance. */
    public static Playbook loadDefault() {
        return DefaultHolder.PLAYBOOK;
    }

    /**
     * Starts reading the default playbook on a background thread, so that a command that needs it later
     * finds it read: in a fresh JVM reading it takes about 0.1 s, which can pass while the command line is
     * parsed. A failure is left for {@link #loadDefault()} to report.
     */
    public static void preloadDefault() {
        Thread reader = new Thread(() -> {
            try {
                loadDefault();
            } catch (RuntimeException | ExceptionInInitializerError e) {
                // reported to the caller of loadDefault()
            }
        }, "playbook-preload");
        reader.setDaemon(true);
        reader.start();
    }

    private static final class DefaultHolder {
        static final Playbook PLAYBOOK = readDefault();
    }

    private static Playbook readDefault() {
        try (InputStream in = PlaybookLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new PlaybookException("the default playbook is missing from the class path");
            }
            return load(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new PlaybookException("cannot read the default playbook", e);
        }
    }

    public static Playbook load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            return load(text.toString(), file.toString());
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.toString();
            throw new PlaybookException(file + ": cannot be read: " + reason, e);
        }
    }

    public static Playbook load(String yaml, String source) {
        Object root;
        try {
            // A repeated key (two "unless" in one pattern) would silently keep only the last: an error instead.
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            // One line that names where: "line 2, column 8: expected ',' or '}'".
            String where = e.getProblemMark() == null ? "" : "line " + (e.getProblemMark().getLine() + 1) + ", column "
                    + (e.getProblemMark().getColumn() + 1) + ": ";
            throw new PlaybookException(source + ": not valid YAML: " + where + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new PlaybookException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> map = map(root, source);
        String version = string(map, "version", source, true);
        List<Rule> rules = new ArrayList<>();
        for (Object rule : list(map, "rules", source)) {
            rules.add(rule(map(rule, source + " rules"), source));
        }
        return new Playbook(version, string(map, "name", source, false) == null ? source : string(map, "name", source, false),
                string(map, "example-preamble", source, false), groups(map, source),
                patterns(map, "weakening", source), rules);
    }

    private static Rule rule(Map<String, Object> map, String source) {
        String id = string(map, "id", source + " rule", true);
        String where = source + " rule " + id;
        for (String key : map.keySet()) {
            if (!RULE_KEYS.contains(key)) {
                throw new PlaybookException(where + ": unknown key '" + key + "'; expected one of " + sorted(RULE_KEYS));
            }
        }
        Severity severity;
        try {
            severity = Severity.valueOf(string(map, "severity", where, true).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PlaybookException(where + ": severity must be required or recommended");
        }
        List<RuleExample> examples = new ArrayList<>();
        for (Object example : list(map, "examples", where)) {
            Map<String, Object> e = map(example, where + " examples");
            for (String key : e.keySet()) {
                if (!EXAMPLE_KEYS.contains(key)) {
                    throw new PlaybookException(where + " example " + (examples.size() + 1) + ": unknown key '" + key
                            + "'; expected one of " + sorted(EXAMPLE_KEYS));
                }
            }
            String expect = string(e, "expect", where + " example", true);
            Status status;
            try {
                status = Status.valueOf(expect.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new PlaybookException(where + ": example status '" + expect + "' is not MET, WEAK, CONTRARY or MISSING");
            }
            String exampleWhere = where + " example " + (examples.size() + 1);
            examples.add(new RuleExample(string(e, "text", where + " example", true), status,
                    string(e, "kind", where + " example", false), idsOrId(e, "decided-by", exampleWhere),
                    idsOrId(e, "rejected", exampleWhere)));
        }
        return new Rule(id, string(map, "title", where, true), string(map, "category", where, true), severity,
                string(map, "rationale", where, true).strip(), strings(map, "headings", where),
                patterns(map, "satisfied", where), patterns(map, "weak", where), patterns(map, "contrary", where),
                patterns(map, "weakening", where), string(map, "recommendation", where, true).strip(), examples,
                coverage(map, where));
    }

    private static Coverage coverage(Map<String, Object> map, String where) {
        Object value = map.get("covers");
        if (value == null) {
            return null;
        }
        Map<String, Object> covers = map(value, where + " covers");
        return new Coverage(string(covers, "applies-when", where + " covers", true),
                string(covers, "reaches", where + " covers", true), string(covers, "description", where + " covers", true));
    }

    private static Map<String, String> groups(Map<String, Object> map, String source) {
        Object value = map.get("groups");
        Map<String, String> groups = new java.util.TreeMap<>();
        if (value == null) {
            return groups;
        }
        for (Map.Entry<String, Object> entry : map(value, source + " groups").entrySet()) {
            if (entry.getValue() instanceof Map || entry.getValue() instanceof List || entry.getValue() == null) {
                throw new PlaybookException(source + " groups: '" + entry.getKey() + "' must be a pattern");
            }
            groups.put(entry.getKey(), String.valueOf(entry.getValue()));
        }
        return groups;
    }

    private static List<RulePattern> patterns(Map<String, Object> map, String key, String where) {
        List<RulePattern> patterns = new ArrayList<>();
        for (Object item : list(map, key, where)) {
            Map<String, Object> p = map(item, where + " " + key);
            for (String k : p.keySet()) {
                if (!PATTERN_KEYS.contains(k)) {
                    throw new PlaybookException(where + " " + key + ": unknown key '" + k + "'; expected one of "
                            + sorted(PATTERN_KEYS));
                }
            }
            String id = string(p, "id", where + " " + key, true);
            String negation = string(p, "negation", where + " " + key + " " + id, false);
            NegationHandling handling;
            try {
                handling = negation == null ? NegationHandling.DROP : NegationHandling.valueOf(negation.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new PlaybookException(where + " " + key + " " + id + ": negation must be drop, ignore or invert");
            }
            String unless = string(p, "unless", where, false);
            String scope = string(p, "unless-scope", where + " " + key + " " + id, false);
            UnlessScope unlessScope;
            try {
                unlessScope = scope == null ? UnlessScope.SENTENCE : UnlessScope.valueOf(scope.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new PlaybookException(where + " " + key + " " + id + ": unless-scope must be sentence or object");
            }
            if (scope != null && unless == null) {
                throw new PlaybookException(where + " " + key + " " + id + ": unless-scope without unless");
            }
            Object definitions = p.get("definitions");
            patterns.add(new RulePattern(id, string(p, "match", where + " " + key + " " + id, true),
                    unless, strings(p, "headings", where), handling, Boolean.TRUE.equals(definitions), unlessScope,
                    string(p, "description", where + " " + key + " " + id, false)));
        }
        return patterns;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new PlaybookException(where + ": a mapping expected");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new PlaybookException(where + ": '" + key + "' must be a list");
        }
        return list;
    }

    private static List<String> strings(Map<String, Object> map, String key, String where) {
        List<String> strings = new ArrayList<>();
        for (Object item : list(map, key, where)) {
            strings.add(String.valueOf(item));
        }
        return strings;
    }

    /** A pattern id or a list of them: {@code decided-by: present-assignment} or {@code [a, b]}. */
    private static List<String> idsOrId(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Object item : value instanceof List<?> list ? list : List.of(value)) {
            if (item == null || item instanceof Map || item instanceof List || String.valueOf(item).isBlank()) {
                throw new PlaybookException(where + ": '" + key + "' must be a pattern id or a list of them");
            }
            ids.add(String.valueOf(item).strip());
        }
        return ids;
    }

    private static String string(Map<String, Object> map, String key, String where, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                throw new PlaybookException(where + ": '" + key + "' is required");
            }
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw new PlaybookException(where + ": '" + key + "' must be text");
        }
        return String.valueOf(value);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
