package org.clausecheck.analyze.doctype;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What kind of document was analysed and what that means for its findings.
 *
 * @param type         the document type's id ("dpa"), "other" when no type names it
 * @param typeName     what reports call it ("data processing agreement")
 * @param reason       why this type (title, references to itself, vocabulary)
 * @param notExpected  ids of the playbook's rules this type is not expected to carry, sorted
 * @param incorporated terms taken in by reference, in document order
 * @param template     the marks of an unfinished form
 */
public record DocumentProfile(String type, String typeName, String reason, List<String> notExpected,
                              List<IncorporatedTerms> incorporated, TemplateSummary template) {

    /** A profile that changes nothing: type "other", every rule expected. */
    public static final DocumentProfile UNKNOWN = new DocumentProfile(DocumentType.OTHER.id(),
            DocumentType.OTHER.name(), "", List.of(), List.of(), TemplateSummary.NONE);

    public DocumentProfile {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeName, "typeName");
        reason = reason == null ? "" : reason;
        notExpected = notExpected.stream().sorted().toList();
        incorporated = List.copyOf(incorporated);
        Objects.requireNonNull(template, "template");
    }

    public boolean expects(String ruleId) {
        return !notExpected.contains(ruleId);
    }

    /** The terms referred to that the file does not hold. */
    public List<IncorporatedTerms> termsNotInFile() {
        return incorporated.stream().filter(IncorporatedTerms::notInFile).toList();
    }

    /** "not expected in a data processing agreement" (with "an" before a vowel). */
    public String notExpectedLabel() {
        String article = typeName.matches("(?i)^[aeio].*") ? "an " : "a ";
        return "not expected in " + article + typeName;
    }

    static List<String> notExpectedOf(DocumentType type, Set<String> ruleIds) {
        return type.notExpected().stream().filter(ruleIds::contains).toList();
    }
}
