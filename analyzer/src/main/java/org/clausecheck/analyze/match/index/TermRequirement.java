package org.clausecheck.analyze.match.index;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The words a pattern cannot match without, checked against a document's terms before Lucene builds any
 * interval iterator: the sentences that could hold a match. A phrase, ordered(), unordered() and within() need
 * all their parts in one sentence (no window reaches across the gap between sentences), any() one of its
 * alternatives, notnear() and notcontaining() only their first pattern. When no sentence is left, the pattern
 * has no match; most of a playbook's patterns have none in most contracts.
 */
public sealed interface TermRequirement {

    /** Anything not worth checking: may always match. */
    TermRequirement UNKNOWN = new Unknown();

    /**
     * The sentences where the pattern may match, or null for any sentence; worked out for
     * {@link DocumentIndex#sentencesOf}, which remembers them. Never changed by the caller.
     */
    BitSet sentences(DocumentIndex index);

    static TermRequirement term(String term) {
        return hasSurrogateOrReplacement(term) ? UNKNOWN : new Term(term);
    }

    /**
     * Some term that starts with this: a prefix, or the letters of a wildcard before its first '*' or '?'.
     * Without letters, anything may match.
     */
    static TermRequirement prefix(String prefix) {
        return prefix.isEmpty() || hasSurrogateOrReplacement(prefix) ? UNKNOWN : new Prefix(prefix);
    }

    /** All of them: ordered(), unordered(), within() and phrases. */
    static TermRequirement allOf(List<TermRequirement> parts) {
        List<TermRequirement> needed = new ArrayList<>();
        for (TermRequirement part : parts) {
            if (part != UNKNOWN) {
                needed.add(part);
            }
        }
        if (needed.isEmpty()) {
            return UNKNOWN;
        }
        return needed.size() == 1 ? needed.get(0) : new AllOf(List.copyOf(needed));
    }

    /** Any of them: any() and role words. */
    static TermRequirement anyOf(List<TermRequirement> alternatives) {
        if (alternatives.contains(UNKNOWN)) {
            return UNKNOWN;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new AnyOf(List.copyOf(alternatives));
    }

    /**
     * The dictionary holds terms as UTF-8, where lone surrogates become U+FFFD: such a term is not looked up as a
     * string. Playbook words never have them.
     */
    private static boolean hasSurrogateOrReplacement(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isSurrogate(c) || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }

    record Term(String term) implements TermRequirement {
        @Override
        public BitSet sentences(DocumentIndex index) {
            return index.sentencesWith(term);
        }
    }

    record Prefix(String prefix) implements TermRequirement {
        @Override
        public BitSet sentences(DocumentIndex index) {
            return index.sentencesWithPrefix(prefix);
        }
    }

    record AllOf(List<TermRequirement> parts) implements TermRequirement {
        @Override
        public BitSet sentences(DocumentIndex index) {
            // A part's own set stands for the whole until a second part narrows it: no copy for a single one.
            BitSet common = null;
            boolean owned = false;
            for (int i = 0; i < parts.size(); i++) { // no iterator: this runs thousands of times per document
                BitSet sentences = index.sentencesOf(parts.get(i));
                if (sentences.isEmpty()) {
                    return DocumentIndex.NO_SENTENCES;
                }
                if (common == null) {
                    common = sentences;
                } else {
                    if (!owned) {
                        common = (BitSet) common.clone();
                        owned = true;
                    }
                    common.and(sentences);
                    if (common.isEmpty()) {
                        return DocumentIndex.NO_SENTENCES;
                    }
                }
            }
            return common;
        }
    }

    record AnyOf(List<TermRequirement> alternatives) implements TermRequirement {
        @Override
        public BitSet sentences(DocumentIndex index) {
            // Most alternatives are absent from a document; the one set that is not stands for the whole.
            BitSet any = DocumentIndex.NO_SENTENCES;
            boolean owned = false;
            for (int i = 0; i < alternatives.size(); i++) {
                BitSet sentences = index.sentencesOf(alternatives.get(i));
                if (sentences.isEmpty()) {
                    continue;
                }
                if (any.isEmpty()) {
                    any = sentences;
                } else {
                    if (!owned) {
                        any = (BitSet) any.clone();
                        owned = true;
                    }
                    any.or(sentences);
                }
            }
            return any;
        }
    }

    final class Unknown implements TermRequirement {
        private Unknown() {
        }

        @Override
        public BitSet sentences(DocumentIndex index) {
            return null;
        }

        @Override
        public String toString() {
            return "UNKNOWN";
        }
    }
}
