package org.clausecheck.analyze.match.index;

import java.io.IOException;
import java.util.Arrays;
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
import org.apache.lucene.util.StringHelper;
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
        /** Prefix automata by their prefix: patterns write the same prefix ("assign*") in many places. */
        private final Map<BytesRef, IntsRef> expansionsByPrefix = new HashMap<>();

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
                BytesRef prefix = PrefixAutomata.prefixOf(automaton);
                if (prefix == null) {
                    ordinalsOfTerms = ordinalsOf(in.intersect(automaton, null), null);
                } else {
                    ordinalsOfTerms = expansionsByPrefix.get(prefix);
                    if (ordinalsOfTerms == null) {
                        ordinalsOfTerms = expandPrefix(prefix);
                        expansionsByPrefix.put(prefix, ordinalsOfTerms);
                    }
                }
                expansions.put(automaton, ordinalsOfTerms);
            }
            return new OrdinalsTermsEnum(in.iterator(), ordinalsOfTerms);
        }

        /** The terms that start with a prefix: those from its ceiling on, in order, as its automaton gives them. */
        private IntsRef expandPrefix(BytesRef prefix) throws IOException {
            TermsEnum terms = in.iterator();
            if (terms.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                return new IntsRef();
            }
            return ordinalsOf(terms, prefix);
        }

        /**
         * The ordinals of an enumeration's terms, from its current term when {@code prefix} is given (and while
         * terms start with it), else from its first {@code next()}.
         */
        private static IntsRef ordinalsOf(TermsEnum terms, BytesRef prefix) throws IOException {
            IntsRef found = new IntsRef();
            BytesRef term = prefix == null ? terms.next() : terms.term();
            while (term != null && (prefix == null || StringHelper.startsWith(term, prefix))) {
                if (found.length == found.ints.length) {
                    found.ints = Arrays.copyOf(found.ints, Math.max(8, found.length * 2));
                }
                found.ints[found.length++] = Math.toIntExact(terms.ord());
                term = terms.next();
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
