package org.clausecheck.analyze.doctype;

import java.util.Objects;

/**
 * Terms a document takes in by reference.
 *
 * @param name          the terms as the document names them ("the Master Services Agreement dated 1 June 2025")
 * @param sectionNumber the section of the sentence that refers to them, or null
 * @param offset        where that sentence starts in the document text
 * @param notInFile     true when the file does not hold them (not attached): the operative terms are elsewhere
 */
public record IncorporatedTerms(String name, String sectionNumber, int offset, boolean notInFile) {

    public IncorporatedTerms {
        Objects.requireNonNull(name, "name");
    }
}
