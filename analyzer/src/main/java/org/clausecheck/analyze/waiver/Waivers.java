package org.clausecheck.analyze.waiver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A waiver file read for one run: its entries, the folder their globs are relative to, and the day that decides
 * which have expired. Applied beside the analyzer's findings, never inside it.
 *
 * <pre>
 * waivers:
 *   - rule: knowledge-transfer
 *     file: contracts/acme-*.pdf       # or sha256: the contract's SHA-256
 *     reason: handover is in the separate transition SOW
 *     approved-by: J. Smith (legal)
 *     until: 2027-06-30
 * </pre>
 *
 * @param file    the waiver file, or null for none
 * @param base    the folder globs are read from (the waiver file's)
 * @param entries the waivers in file order
 * @param today   the day of the run
 */
public record Waivers(Path file, Path base, List<Waiver> entries, LocalDate today) {

    private static final Set<String> KEYS = Set.of("rule", "file", "sha256", "reason", "approved-by", "until");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    public Waivers {
        entries = List.copyOf(entries);
    }

    /** No waivers: every finding counts. */
    public static Waivers none() {
        return new Waivers(null, Path.of("").toAbsolutePath(), List.of(), LocalDate.now(ZoneOffset.UTC));
    }

    /** Reads a waiver file; anything that makes it unusable is one line naming the file and the reason. */
    public static Waivers read(Path file, LocalDate today) throws WaiverException {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new WaiverException(file + ": no such waiver file");
        } catch (IOException e) {
            throw new WaiverException(file + ": cannot read the waiver file (" + e.getMessage() + ")");
        } catch (YAMLException e) {
            throw new WaiverException(file + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("waivers") instanceof List<?> list) || map.size() != 1) {
            throw new WaiverException(file + ": expected a list under 'waivers:', each with rule, file or sha256,"
                    + " reason, approved-by and until");
        }
        List<Waiver> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(file, i + 1, list.get(i)));
        }
        return new Waivers(file, file.toAbsolutePath().normalize().getParent(), entries, today);
    }

    private static Waiver entry(Path file, int number, Object item) throws WaiverException {
        String where = file + ": waiver " + number;
        if (!(item instanceof Map<?, ?> fields)) {
            throw new WaiverException(where + " is not a mapping of rule, file or sha256, reason, approved-by, until");
        }
        for (Object key : fields.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new WaiverException(where + ": unknown key '" + key + "'; a waiver has "
                        + String.join(", ", new TreeSet<>(KEYS)));
            }
        }
        String glob = text(fields, "file");
        String sha256 = text(fields, "sha256");
        if (glob.isEmpty() && sha256.isEmpty()) {
            throw new WaiverException(where + ": names no contract; give 'file' (a path or glob relative to the"
                    + " waiver file) or 'sha256'");
        }
        if (!sha256.isEmpty() && !SHA256.matcher(sha256).matches()) {
            throw new WaiverException(where + ": sha256 '" + sha256 + "' is not 64 hexadecimal digits");
        }
        for (String required : List.of("rule", "reason", "approved-by", "until")) {
            if (text(fields, required).isEmpty()) {
                throw new WaiverException(where + ": '" + required + "' is missing or empty");
            }
        }
        return new Waiver(text(fields, "rule"), glob, sha256, text(fields, "reason"), text(fields, "approved-by"),
                date(where, fields.get("until")));
    }

    private static String text(Map<?, ?> fields, String key) {
        Object value = fields.get(key);
        return value == null ? "" : String.valueOf(value).strip();
    }

    /** YAML reads an unquoted 2027-06-30 as a timestamp at midnight UTC; a quoted one is text. */
    private static LocalDate date(String where, Object value) throws WaiverException {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            throw new WaiverException(where + ": until '" + value + "' is not a date like 2027-06-30");
        }
    }

    /** The contract's path, or null for standard input or a name that is no path here (only a hash matches it). */
    private static Path path(String file) {
        if (file == null || file.equals("-")) {
            return null;
        }
        try {
            return Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The rule ids the waivers name that are not in {@code known}, sorted. */
    public List<String> unknownRuleIds(Collection<String> known) {
        return entries.stream().map(Waiver::ruleId).filter(id -> !known.contains(id)).distinct().sorted().toList();
    }

    /** The waivers whose date has passed, in file order. */
    public List<Waiver> expired() {
        return entries.stream().filter(waiver -> waiver.expiredOn(today)).toList();
    }

    /**
     * The waiver for one finding: the first in force that covers it, else the first expired one (reported as
     * expired), else none.
     *
     * @param file   the contract's path as named (absolute or relative to the current folder), "-" for standard input
     * @param sha256 the contract's SHA-256
     */
    public Optional<AppliedWaiver> find(String ruleId, String file, String sha256) {
        Path path = path(file);
        AppliedWaiver expired = null;
        for (Waiver waiver : entries) {
            if (waiver.covers(ruleId, base, path, sha256)) {
                if (!waiver.expiredOn(today)) {
                    return Optional.of(new AppliedWaiver(waiver, false));
                }
                if (expired == null) {
                    expired = new AppliedWaiver(waiver, true);
                }
            }
        }
        return Optional.ofNullable(expired);
    }
}
