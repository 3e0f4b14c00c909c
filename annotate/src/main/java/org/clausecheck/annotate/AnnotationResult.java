package org.clausecheck.annotate;

import java.util.List;

/**
 * What an annotated copy holds.
 *
 * @param anchored  the annotations written as comments
 * @param notFound  the annotations whose quote was not found in the document's text (none expected; reported)
 * @param suggested the language inserted as tracked insertions ({@code --suggest}); empty without it
 */
public record AnnotationResult(List<Annotation> anchored, List<Annotation> notFound, List<Suggestion> suggested) {

    /** A copy with comments and no insertions. */
    public AnnotationResult(List<Annotation> anchored, List<Annotation> notFound) {
        this(anchored, notFound, List.of());
    }

    public AnnotationResult {
        anchored = List.copyOf(anchored);
        notFound = List.copyOf(notFound);
        suggested = List.copyOf(suggested);
    }

    /** The same result with these insertions. */
    AnnotationResult withSuggested(List<Suggestion> inserted) {
        return new AnnotationResult(anchored, notFound, inserted);
    }
}
