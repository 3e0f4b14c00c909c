package org.clausecheck.analyze.match;

import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.structure.Sentence;

/**
 * What {@link Scope} says of each sentence of one document, worked out once: every rule asks again of the sentences
 * its patterns match, and each answer tries several expressions. A sentence of another structure than the one
 * remembered for its index is simply judged again. One document, one thread: kept with the document's index
 * ({@link #of}).
 */
final class SentenceScopes {

    /** Stands for "operative" (no reason) among the remembered reasons. */
    private static final String OPERATIVE = "";
    private static final byte HEADING_ONLY = 1;
    private static final byte NOT_HEADING_ONLY = 2;

    private final Sentence[] outOfScopeOf;
    private final String[] outOfScope;
    private final Sentence[] headingOnlyOf;
    private final byte[] headingOnly;

    /** The scopes remembered for the document of this index. */
    static SentenceScopes of(DocumentIndex index) {
        return index.memo(SentenceScopes.class, indexed -> new SentenceScopes(indexed.sentenceCount()));
    }

    SentenceScopes(int sentences) {
        this.outOfScopeOf = new Sentence[sentences];
        this.outOfScope = new String[sentences];
        this.headingOnlyOf = new Sentence[sentences];
        this.headingOnly = new byte[sentences];
    }

    /** {@link Scope#outOfScope}. */
    String outOfScope(Sentence sentence) {
        int i = sentence.index();
        if (i < 0 || i >= outOfScope.length) {
            return Scope.outOfScope(sentence);
        }
        if (outOfScopeOf[i] != sentence) {
            String reason = Scope.outOfScope(sentence);
            outOfScope[i] = reason == null ? OPERATIVE : reason;
            outOfScopeOf[i] = sentence;
        }
        String reason = outOfScope[i];
        return reason.isEmpty() ? null : reason;
    }

    /** {@link Scope#isHeadingOnly}. */
    boolean isHeadingOnly(Sentence sentence) {
        int i = sentence.index();
        if (i < 0 || i >= headingOnly.length) {
            return Scope.isHeadingOnly(sentence);
        }
        if (headingOnlyOf[i] != sentence) {
            headingOnly[i] = Scope.isHeadingOnly(sentence) ? HEADING_ONLY : NOT_HEADING_ONLY;
            headingOnlyOf[i] = sentence;
        }
        return headingOnly[i] == HEADING_ONLY;
    }
}
