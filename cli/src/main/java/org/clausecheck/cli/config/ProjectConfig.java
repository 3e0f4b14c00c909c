package org.clausecheck.cli.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A project's {@code .clausecheck.yaml}, found upward from the current folder as Vale and ESLint find theirs: default
 * values for options, by their long name without dashes. Top-level keys apply to every command that has the option;
 * a section named after a command ({@code check:}, {@code audit:}) applies to that command and wins. Paths are read
 * relative to the file's folder. The command line always wins over the file.
 *
 * <pre>
 * playbook: rules/playbook.yaml
 * customer: Acme Corp.
 * fail-on: weak
 * check:
 *   format: html
 * audit:
 *   index: .portfolio
 * waivers: accepted-gaps.yaml
 * </pre>
 *
 * @param file     where it was read from
 * @param common   values for every command
 * @param commands values per command name
 */
public record ProjectConfig(Path file, Map<String, String> common, Map<String, Map<String, String>> commands) {

    public static final String FILE_NAME = ".clausecheck.yaml";
    /** The options a project may set; others (inputs, -o) belong to one run. */
    static final Set<String> KEYS = Set.of("playbook", "customer", "only", "fail-on", "format", "index", "color",
            "excel", "no-inventory", "allow-partial", "jobs", "timeout", "max-bytes", "max-pages", "waivers");
    /** Options whose value is a path, read relative to the file's folder. */
    private static final Set<String> PATHS = Set.of("playbook", "index", "waivers");
    private static final Set<String> COMMANDS = Set.of("check", "audit", "search", "extract", "eval", "playbook");

    public ProjectConfig {
        common = Map.copyOf(common);
        commands = Map.copyOf(commands);
    }

    /** The nearest {@value #FILE_NAME} in this folder or a parent, if any. */
    public static Optional<Path> find(Path start) {
        for (Path folder = start.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Reads a file; a file that is not such a mapping, or names an unknown option, is one line naming it. */
    public static ProjectConfig read(Path file) throws ConfigException {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read it (" + e.getMessage() + ")");
        } catch (YAMLException e) {
            throw new ConfigException(file + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null) {
            return new ProjectConfig(file, Map.of(), Map.of());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ConfigException(file + ": expected option names and values, e.g. 'fail-on: weak'");
        }
        Map<String, String> common = new TreeMap<>();
        Map<String, Map<String, String>> commands = new TreeMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (COMMANDS.contains(key) && entry.getValue() instanceof Map<?, ?> section) {
                Map<String, String> values = new TreeMap<>();
                for (Map.Entry<?, ?> option : section.entrySet()) {
                    values.put(checked(file, key + "." + option.getKey(), String.valueOf(option.getKey())),
                            value(file, String.valueOf(option.getKey()), option.getValue()));
                }
                commands.put(key, values);
            } else {
                common.put(checked(file, key, key), value(file, key, entry.getValue()));
            }
        }
        return new ProjectConfig(file, common, commands);
    }

    private static String checked(Path file, String shown, String key) throws ConfigException {
        if (!KEYS.contains(key)) {
            throw new ConfigException(file + ": unknown option '" + shown + "'; a project may set "
                    + KEYS.stream().sorted().collect(Collectors.joining(", ")) + ", also per command under "
                    + COMMANDS.stream().sorted().collect(Collectors.joining(", ")));
        }
        return key;
    }

    private static String value(Path file, String key, Object value) throws ConfigException {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (value == null || value instanceof Map) {
            throw new ConfigException(file + ": '" + key + "' needs a value");
        }
        String text = String.valueOf(value);
        return PATHS.contains(key) ? file.toAbsolutePath().getParent().resolve(text).normalize().toString() : text;
    }

    /** The value for an option of a command, the command's section first; null when the file does not set it. */
    public String valueFor(String command, String option) {
        Map<String, String> section = commands.getOrDefault(command, Map.of());
        return section.containsKey(option) ? section.get(option) : common.get(option);
    }
}
