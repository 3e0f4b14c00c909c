package org.clausecheck.analyze.match;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader.CacheHelper;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The document index's reader, remembering the term look-ups Lucene repeats for every pattern: where a term is
 * in the dictionary, and which terms a prefix or wildcard expands to. The playbook's groups and role words
 * recur in many patterns, and each pattern's interval iterators would otherwise search the dictionary again.
 * One document, one thread.
 */
final class MemoizedTermsReader extends FilterLeafReader {

    private final String field;
    private MemoizedTerms terms;

    /** @param field the one field whose look-ups are remembered */
    MemoizedTermsReader(LeafReader in, String field) {
        super(in);
        this.field = field;
    }

    @Override
    public Terms terms(String name) throws IOException {
        if (!field.equals(name)) {
            return super.terms(name);
        }
        if (terms == null) {
            Terms inner = super.terms(name);
            if (inner == null) {
                return null;
            }
            terms = new MemoizedTerms(inner);
        }
        return terms;
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    private static final class MemoizedTerms extends FilterTerms {
        /** The ordinal of each term looked up, or -1 when the dictionary lacks it. */
        private final Map<BytesRef, Integer> ordinals = new HashMap<>();
        /** Keyed by identity: each prefix or wildcard source keeps its automaton. */
        private final Map<CompiledAutomaton, IntsRef> expansions = new IdentityHashMap<>();

        MemoizedTerms(Terms in) {
            super(in);
        }

        @Override
        public TermsEnum iterator() throws IOException {
            return new MemoizedTermsEnum(in.iterator(), ordinals);
        }

        @Override
        public TermsEnum intersect(CompiledAutomaton automaton, BytesRef startTerm) throws IOException {
            if (startTerm != null) {
                return in.intersect(automaton, startTerm);
            }
            IntsRef ordinalsOfTerms = expansions.get(automaton);
            if (ordinalsOfTerms == null) {
                ordinalsOfTerms = expand(automaton);
                expansions.put(automaton, ordinalsOfTerms);
            }
            return new OrdinalsTermsEnum(in.iterator(), ordinalsOfTerms);
        }

        private IntsRef expand(CompiledAutomaton automaton) throws IOException {
            IntsRef found = new IntsRef();
            TermsEnum matching = in.intersect(automaton, null);
            while (matching.next() != null) {
                if (found.length == found.ints.length) {
                    found.ints = java.util.Arrays.copyOf(found.ints, Math.max(8, found.length * 2));
                }
                found.ints[found.length++] = Math.toIntExact(matching.ord());
            }
            return found;
        }
    }

    /** Seeks a term by its remembered ordinal; everything else as the dictionary's own enumeration. */
    private static final class MemoizedTermsEnum extends FilterTermsEnum {
        private final Map<BytesRef, Integer> ordinals;

        MemoizedTermsEnum(TermsEnum in, Map<BytesRef, Integer> ordinals) {
            super(in);
            this.ordinals = ordinals;
        }

        @Override
        public boolean seekExact(BytesRef text) throws IOException {
            Integer ordinal = ordinals.get(text);
            if (ordinal == null) {
                boolean found = in.seekExact(text);
                ordinals.put(BytesRef.deepCopyOf(text), found ? Math.toIntExact(in.ord()) : -1);
                return found;
            }
            if (ordinal < 0) {
                return false;
            }
            in.seekExact(ordinal);
            return true;
        }
    }

    /** The terms of a remembered expansion, in dictionary order, as the automaton's enumeration gave them. */
    private static final class OrdinalsTermsEnum extends FilterTermsEnum {
        private final IntsRef ordinals;
        private int next;

        OrdinalsTermsEnum(TermsEnum in, IntsRef ordinals) {
            super(in);
            this.ordinals = ordinals;
        }

        @Override
        public BytesRef next() throws IOException {
            if (next == ordinals.length) {
                return null;
            }
            in.seekExact(ordinals.ints[next++]);
            return in.term();
        }

        @Override
        public boolean seekExact(BytesRef text) {
            throw new UnsupportedOperationException("an expansion is read in order only");
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            throw new UnsupportedOperationException("an expansion is read in order only");
        }

        @Override
        public void seekExact(long ord) {
            throw new UnsupportedOperationException("an expansion is read in order only");
        }
    }
}
