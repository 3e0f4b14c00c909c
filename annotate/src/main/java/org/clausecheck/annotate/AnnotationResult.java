package org.clausecheck.annotate;

import java.util.List;

/**
 * What an annotated copy holds.
 *
 * @param anchored the annotations written as comments
 * @param notFound the annotations whose quote was not found in the document's text (none expected; reported)
 */
public record AnnotationResult(List<Annotation> anchored, List<Annotation> notFound) {

    public AnnotationResult {
        anchored = List.copyOf(anchored);
        notFound = List.copyOf(notFound);
    }
}
