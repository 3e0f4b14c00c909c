package org.clausecheck.analyze.playbook;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned set of rules.
 *
 * @param version          the playbook's own version, reported with every analysis
 * @param name             a name for reports
 * @param examplePreamble  the preamble put before every example, naming the customer and the vendor
 * @param groups           named patterns that rules refer to as {@code @name}
 * @param weakening        weakening patterns shared by every rule
 * @param rules            the rules, in report order
 */
public record Playbook(String version, String name, String examplePreamble, Map<String, String> groups,
                       List<RulePattern> weakening, List<Rule> rules) implements Serializable {

    public Playbook {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        examplePreamble = examplePreamble == null ? "" : examplePreamble;
        groups = Collections.unmodifiableMap(new TreeMap<>(groups));
        weakening = List.copyOf(weakening);
        rules = List.copyOf(rules);
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
