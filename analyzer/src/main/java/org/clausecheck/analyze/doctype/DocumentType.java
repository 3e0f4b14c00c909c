package org.clausecheck.analyze.doctype;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of agreement: how it names itself, and which rules of the playbook it is not expected to carry.
 *
 * @param id          stable id ("dpa")
 * @param name        what reports call it ("data processing agreement")
 * @param names       what a document of the type calls itself, in its title or as "this <name>"
 * @param content     phrases that identify the type by their frequency, when nothing names a type
 * @param minContent  occurrences of {@code content} phrases needed
 * @param supplements true when the type adds to another agreement
 * @param notExpected ids of the rules it is not expected to carry
 */
public record DocumentType(String id, String name, List<String> names, List<String> content, int minContent,
                           boolean supplements, Set<String> notExpected) {

    /** The type of a document no type names: every rule is expected. */
    public static final DocumentType OTHER = new DocumentType("other", "agreement of another or unknown kind",
            List.of(), List.of(), 0, false, Set.of());

    public DocumentType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        content = List.copyOf(content);
        notExpected = Set.copyOf(notExpected);
    }

    public boolean expects(String ruleId) {
        return !notExpected.contains(ruleId);
    }
}
