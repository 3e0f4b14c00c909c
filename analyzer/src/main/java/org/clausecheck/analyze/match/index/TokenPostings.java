package org.clausecheck.analyze.match.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.MSBRadixSorter;

/**
 * The terms of one document and the positions of each, recorded as its tokens pass: what Lucene's MemoryIndex
 * held for the matching field (terms in UTF-8 order, positions in order, one document), built for less. The
 * memory index turned every token into UTF-8 and hashed its bytes; here a token is looked up by its characters
 * and only each distinct term is turned into UTF-8, once.
 */
final class TokenPostings {

    /**
     * Open addressing over the entries, at most half full, with each slot's hash beside it: a probe passes other
     * terms without reading them. Every token of a contract is looked up here.
     */
    private Entry[] table = new Entry[4096];
    private int[] hashes = new int[4096];
    private final List<Entry> inOrder = new ArrayList<>();
    private int tokens;
    /** The distinct terms in the index's order, once frozen. */
    private BytesRef[] sortedTerms;
    private int[][] sortedPositions;
    private SortedTerms frozen;

    /** A term and its positions so far. */
    private static final class Entry {
        final String term;
        final char[] chars;
        int[] positions = new int[4];
        int count;

        Entry(char[] buffer, int length) {
            this.chars = Arrays.copyOf(buffer, length);
            this.term = new String(chars);
        }

        /** A plain loop: a term is a few characters, fewer than a call to a range compare costs to set up. */
        boolean holds(char[] buffer, int length) {
            if (chars.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (chars[i] != buffer[i]) {
                    return false;
                }
            }
            return true;
        }

        void add(int position) {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
            }
            positions[count++] = position;
        }
    }

    /** Records a token; returns its term, one string per distinct term. */
    String add(char[] buffer, int length, int position) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + buffer[i];
        }
        int mask = table.length - 1;
        int slot = (hash ^ hash >>> 16) & mask;
        Entry entry;
        while ((entry = table[slot]) != null && (hashes[slot] != hash || !entry.holds(buffer, length))) {
            slot = slot + 1 & mask;
        }
        if (entry == null) {
            entry = new Entry(buffer, length);
            table[slot] = entry;
            hashes[slot] = hash;
            inOrder.add(entry);
            if (inOrder.size() * 2 > table.length) {
                grow();
            }
        }
        entry.add(position);
        tokens++;
        return entry.term;
    }

    /**
     * The positions of a term, or null when no token had it: the same probe as {@link #add}, whose hash is the
     * string's. Only the first {@link #countOf} are used.
     */
    int[] positionsOf(String term) {
        Entry entry = entry(term);
        return entry == null ? null : entry.positions;
    }

    /** How many positions {@link #positionsOf} holds for a recorded term. */
    int countOf(String term) {
        Entry entry = entry(term);
        return entry == null ? 0 : entry.count;
    }

    private Entry entry(String term) {
        int hash = term.hashCode();
        int mask = table.length - 1;
        int slot = (hash ^ hash >>> 16) & mask;
        Entry entry;
        while ((entry = table[slot]) != null) {
            if (hashes[slot] == hash && entry.term.equals(term)) {
                return entry;
            }
            slot = slot + 1 & mask;
        }
        return null;
    }

    private void grow() {
        Entry[] oldTable = table;
        int[] oldHashes = hashes;
        table = new Entry[oldTable.length * 2];
        hashes = new int[table.length];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int hash = oldHashes[i];
                int slot = (hash ^ hash >>> 16) & mask;
                while (table[slot] != null) {
                    slot = slot + 1 & mask;
                }
                table[slot] = oldTable[i];
                hashes[slot] = hash;
            }
        }
    }

    /**
     * Restricts the postings handed out from now on to the positions in these sentences, or lifts the restriction
     * (null). A pattern that no window lets reach across a sentence gap has the same matches in those sentences
     * when its terms keep only their positions there, and its iterators pass fewer positions.
     */
    void restrictTo(BitSet sentences) {
        if (frozen != null) {
            frozen.restrictTo(sentences);
        }
    }

    /**
     * The recorded terms, sorted as the index sorts them, or null when no token was recorded.
     *
     * @param sentenceStarts for {@link #restrictTo}: per sentence the first position of its tokens (of the next
     *                       sentence's for one without), ascending, then one more, {@link Integer#MAX_VALUE}
     * @param sentenceAt     the sentence of a token's position
     */
    Terms freeze(int[] sentenceStarts, IntUnaryOperator sentenceAt) {
        if (inOrder.isEmpty()) {
            return null;
        }
        BytesRef[] terms = new BytesRef[inOrder.size()];
        int[][] positions = new int[terms.length][];
        for (int i = 0; i < terms.length; i++) {
            Entry entry = inOrder.get(i);
            terms[i] = new BytesRef(entry.term);
            positions[i] = Arrays.copyOf(entry.positions, entry.count);
        }
        sort(terms, positions);
        frozen = merged(terms, positions, sentenceStarts, sentenceAt);
        sortedTerms = frozen.terms;
        sortedPositions = frozen.positions;
        return frozen;
    }

    /** The positions of every frozen term that starts with a prefix: those from its ceiling on. */
    List<int[]> positionsWithPrefix(String prefix) {
        List<int[]> found = new ArrayList<>();
        if (sortedTerms == null) {
            return found;
        }
        BytesRef key = new BytesRef(prefix);
        int at = Arrays.binarySearch(sortedTerms, key);
        for (int i = at >= 0 ? at : -at - 1; i < sortedTerms.length && StringHelper.startsWith(sortedTerms[i], key); i++) {
            found.add(sortedPositions[i]);
        }
        return found;
    }

    /** Sorts terms by their bytes, unsigned, as BytesRef compares them; positions follow their terms. */
    private static void sort(BytesRef[] terms, int[][] positions) {
        new MSBRadixSorter(Integer.MAX_VALUE) {
            @Override
            protected int byteAt(int i, int k) {
                BytesRef term = terms[i];
                return k < term.length ? term.bytes[term.offset + k] & 0xff : -1;
            }

            @Override
            protected void swap(int i, int j) {
                BytesRef term = terms[i];
                terms[i] = terms[j];
                terms[j] = term;
                int[] termPositions = positions[i];
                positions[i] = positions[j];
                positions[j] = termPositions;
            }
        }.sort(0, terms.length);
    }

    /**
     * One term per distinct byte sequence. Strings that differ only in lone surrogates have the same UTF-8, in
     * which the memory index kept them as one term: their positions are merged.
     */
    private SortedTerms merged(BytesRef[] terms, int[][] positions, int[] sentenceStarts,
                               IntUnaryOperator sentenceAt) {
        int distinct = 0;
        for (int i = 0; i < terms.length; i++) {
            if (distinct > 0 && terms[distinct - 1].bytesEquals(terms[i])) {
                positions[distinct - 1] = mergeSorted(positions[distinct - 1], positions[i]);
            } else {
                terms[distinct] = terms[i];
                positions[distinct] = positions[i];
                distinct++;
            }
        }
        return new SortedTerms(Arrays.copyOf(terms, distinct), Arrays.copyOf(positions, distinct), tokens,
                sentenceStarts, sentenceAt);
    }

    private static int[] mergeSorted(int[] a, int[] b) {
        int[] merged = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        for (int k = 0; k < merged.length; k++) {
            merged[k] = j == b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
        }
        return merged;
    }

    /** The field's terms: one document, positions without offsets or payloads. */
    private static final class SortedTerms extends Terms {
        private final BytesRef[] terms;
        private final int[][] positions;
        private final long tokens;
        /** Per sentence its first position, ascending, and one more: Integer.MAX_VALUE. */
        private final int[] sentenceStarts;
        private final IntUnaryOperator sentenceAt;
        /** The sentences postings are restricted to ({@link #restrictTo}), or null for all. */
        private BitSet allowed;
        /** Counts the restrictions; per term the one its restricted positions were worked out for, and those. */
        private int restriction;
        private final int[] restrictedIn;
        private final int[][] restricted;
        private int[] kept = new int[64];

        SortedTerms(BytesRef[] terms, int[][] positions, long tokens, int[] sentenceStarts,
                    IntUnaryOperator sentenceAt) {
            this.terms = terms;
            this.positions = positions;
            this.tokens = tokens;
            this.sentenceStarts = sentenceStarts;
            this.sentenceAt = sentenceAt;
            this.restrictedIn = new int[terms.length];
            this.restricted = new int[terms.length][];
        }

        void restrictTo(BitSet sentences) {
            allowed = sentences;
            if (sentences != null) {
                restriction++;
            }
        }

        @Override
        public TermsEnum iterator() {
            return new SortedTermsEnum(terms, positions, this);
        }

        /**
         * The positions of a term in the allowed sentences: all of them, or a copy of those kept. Each allowed
         * sentence that may hold some is a range of the sorted positions, found by binary search: the sentences a
         * pattern allows are few, a common word's positions many.
         */
        int[] positions(int ordinal) {
            int[] all = positions[ordinal];
            if (allowed == null) {
                return all;
            }
            if (restrictedIn[ordinal] == restriction) {
                return restricted[ordinal]; // a term recurs in a pattern: in each combination of its alternatives
            }
            if (kept.length < all.length) {
                kept = new int[Math.max(all.length, 2 * kept.length)];
            }
            int count = 0;
            int from = 0;
            for (int sentence = allowed.nextSetBit(sentenceAt.applyAsInt(all[0])); sentence >= 0; ) {
                int start = lowerBound(all, from, sentenceStarts[sentence]);
                int end = lowerBound(all, start, sentenceStarts[sentence + 1]);
                System.arraycopy(all, start, kept, count, end - start);
                count += end - start;
                from = end;
                if (from == all.length) {
                    break;
                }
                sentence = allowed.nextSetBit(Math.max(sentence + 1, sentenceAt.applyAsInt(all[from])));
            }
            int[] found = count == all.length ? all : Arrays.copyOf(kept, count);
            restrictedIn[ordinal] = restriction;
            restricted[ordinal] = found;
            return found;
        }

        /**
         * The first index from {@code from} whose position is at least {@code position}, or the length: mostly
         * {@code from} itself, else found by doubling steps, then halving.
         */
        private static int lowerBound(int[] sorted, int from, int position) {
            if (from == sorted.length || sorted[from] >= position) {
                return from;
            }
            int below = from; // sorted[below] < position
            int step = 1;
            int above = from + 1;
            while (above < sorted.length && sorted[above] < position) {
                below = above;
                step <<= 1;
                above = from + step;
            }
            int found = Arrays.binarySearch(sorted, below + 1, Math.min(above, sorted.length), position);
            if (found < 0) {
                return -found - 1;
            }
            while (found > below + 1 && sorted[found - 1] == position) {
                found--;
            }
            return found;
        }

    @Override
        public long size() {
            return terms.length;
        }

        @Override
        public long getSumTotalTermFreq() {
            return tokens;
        }

        @Override
        public long getSumDocFreq() {
            return terms.length;
        }

        @Override
        public int getDocCount() {
            return 1;
        }

        @Override
        public boolean hasFreqs() {
            return true;
        }

        @Override
        public boolean hasOffsets() {
            return false;
        }

        @Override
        public boolean hasPositions() {
            return true;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }
    }

    private static final class SortedTermsEnum extends BaseTermsEnum {
        private final BytesRef[] terms;
        private final int[][] positions;
        private final SortedTerms owner;
        private int ordinal = -1;

        SortedTermsEnum(BytesRef[] terms, int[][] positions, SortedTerms owner) {
            this.terms = terms;
            this.positions = positions;
            this.owner = owner;
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            int found = Arrays.binarySearch(terms, text);
            if (found >= 0) {
                ordinal = found;
                return SeekStatus.FOUND;
            }
            ordinal = -found - 1;
            return ordinal == terms.length ? SeekStatus.END : SeekStatus.NOT_FOUND;
        }

        @Override
        public void seekExact(long ord) {
            ordinal = Math.toIntExact(ord);
        }

        @Override
        public BytesRef next() {
            if (ordinal + 1 >= terms.length) {
                ordinal = terms.length;
                return null;
            }
            return terms[++ordinal];
        }

        @Override
        public BytesRef term() {
            return terms[ordinal];
        }

        @Override
        public long ord() {
            return ordinal;
        }

        @Override
        public int docFreq() {
            return 1;
        }

        @Override
        public long totalTermFreq() {
            return positions[ordinal].length;
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            return new PositionsEnum(owner.positions(ordinal));
        }

        @Override
        public ImpactsEnum impacts(int flags) {
            return new SlowImpactsEnum(postings(null, flags));
        }
    }

    /**
     * The one document, 0, and the term's positions in it; no offsets, no payloads. Without positions (all outside
     * the sentences postings are restricted to) the term is in no document.
     */
    private static final class PositionsEnum extends PostingsEnum {
        private final int[] positions;
        private int doc = -1;
        private int next;

        PositionsEnum(int[] positions) {
            this.positions = positions;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            next = 0;
            return doc = doc == -1 && positions.length > 0 ? 0 : NO_MORE_DOCS;
        }

        @Override
        public int advance(int target) throws IOException {
            return slowAdvance(target);
        }

        @Override
        public long cost() {
            return 1;
        }

        @Override
        public int freq() {
            return positions.length;
        }

        @Override
        public int nextPosition() {
            return positions[next++];
        }

        @Override
        public int startOffset() {
            return -1;
        }

        @Override
        public int endOffset() {
            return -1;
        }

        @Override
        public BytesRef getPayload() {
            return null;
        }
    }
}
